/**
 * The groups a self-check is scored and reported in, one per kind of item:
 * 要検討事項, adopted 参考事項, 分野固有事項 and 先導的取組 (the items flagged
 * `leading`, whatever their classification). Pure.
 */
import { CLASSIFICATION_NAMES, LEADING_NAME, type Classification } from '../checklists/classification';
import type { Localized } from '../sectors';

export const SCORE_GROUPS = ['consider', 'reference', 'sector', 'leading'] as const;
export type ScoreGroupName = (typeof SCORE_GROUPS)[number];

export const SCORE_GROUP_NAMES: Record<ScoreGroupName, Localized> = {
	consider: CLASSIFICATION_NAMES.consider,
	reference: CLASSIFICATION_NAMES.reference,
	sector: CLASSIFICATION_NAMES.sector,
	leading: LEADING_NAME
};

/** The group an item is scored in: a leading-operator measure is its own group. */
export function groupOf(item: { classification: Classification; leading?: boolean }): ScoreGroupName {
	return item.leading === true ? 'leading' : item.classification;
}

/** Chart colours of the groups, shared by the answering page and the PDF report. */
export const GROUP_COLORS: Record<ScoreGroupName, string> = {
	consider: '#1f3a5f',
	reference: '#6f9bc4',
	sector: '#2e6b4f',
	leading: '#8a5a00'
};
