/**
 * What every part of the self-check report needs, computed once from the
 * snapshot: labels in the chosen language, the top-level sections, the
 * scores (selfcheck/scoring.ts — never recomputed here) and the
 * year-over-year comparison. Pure.
 */
import { CLASSIFICATION_NAMES, type Classification } from '../../checklists/schema';
import type { Localized } from '../../sectors';
import { ANSWER_STATUS_LABELS, type AnswerStatus } from '../../selfcheck/answers';
import { groupOf, SCORE_GROUPS, type ScoreGroupName } from '../../selfcheck/groups';
import {
	compareYears,
	progress,
	scoreAnswers,
	type ChecklistScore,
	type Progress,
	type ScoreInput,
	type YearAnswer,
	type YearComparison
} from '../../selfcheck/scoring';
import { fiscalYearLabel } from '../format';
import { engineStrings, type EngineStrings } from '../i18n';
import type { ReportLanguage, Tone } from '../model';
import { SELFCHECK_STRINGS, type SelfCheckStrings } from './i18n';
import { isCountedItem, type SelfCheckSnapshot, type SnapshotItem } from './snapshot';

export interface TopSection {
	/** checklistId + "/" + sectionId of the depth-0 section. */
	key: string;
	checklistId: string;
	sectionId: string;
	title: string;
}

export interface ReportContext {
	snap: SelfCheckSnapshot;
	lang: ReportLanguage;
	s: SelfCheckStrings;
	e: EngineStrings;
	fyLabel: string;
	previousFyLabel: string | null;
	/** The items that are scored and listed as gaps (reference items not adopted are left out). */
	counted: SnapshotItem[];
	/** Reference items this self-check does not adopt. */
	notAdopted: SnapshotItem[];
	/** The score groups that have items in this self-check, in display order. */
	groups: ScoreGroupName[];
	/** Top-level sections in checklist order. */
	topSections: TopSection[];
	/** Any section key (checklistId/sectionId) → its top-level section key. */
	topOf: Map<string, string>;
	/** Scores with bySection keyed by TopSection.key. */
	score: ChecklistScore;
	progress: Progress;
	comparison: YearComparison | null;
	/** Localised text, falling back to Japanese when the English text is empty. */
	t: (text: Localized) => string;
	statusLabel: (status: AnswerStatus) => string;
	classLabel: (classification: Classification) => string;
	/** The item's classification, with the leading-operator flag when set. */
	kindLabel: (item: Pick<SnapshotItem, 'classification' | 'leading'>) => string;
}

export const sectionKey = (checklistId: string, sectionId: string): string => `${checklistId}/${sectionId}`;

/** Tones (colours) of the answer statuses. */
export const STATUS_TONES: Record<AnswerStatus, Tone> = {
	implemented: 'success',
	alternative: 'info',
	partial: 'warning',
	not_implemented: 'danger',
	not_applicable: 'neutral',
	unanswered: 'neutral'
};

/** Chart colours. */
export const SERIES_COLORS = {
	previous: '#b8c7d9',
	current: '#1f3a5f'
} as const;

function topSections(snap: SelfCheckSnapshot, t: (l: Localized) => string): { list: TopSection[]; topOf: Map<string, string> } {
	const list: TopSection[] = [];
	const topOf = new Map<string, string>();
	const current = new Map<string, string>(); // checklistId → key of the last depth-0 section
	for (const section of snap.sections) {
		const key = sectionKey(section.checklistId, section.sectionId);
		if (section.depth === 0 || !current.has(section.checklistId)) {
			list.push({ key, checklistId: section.checklistId, sectionId: section.sectionId, title: t(section.title) });
			current.set(section.checklistId, key);
		}
		topOf.set(key, current.get(section.checklistId) ?? key);
	}
	return { list, topOf };
}

function scoreInput(item: SnapshotItem, topOf: Map<string, string>): ScoreInput {
	const key = sectionKey(item.checklistId, item.sectionId);
	return { itemId: item.itemId, sectionId: topOf.get(key) ?? key, group: groupOf(item), status: item.answer.status };
}

export function buildContext(snap: SelfCheckSnapshot, lang: ReportLanguage): ReportContext {
	const t = (text: Localized): string => (lang === 'en' && text.en.trim() === '' ? text.ja : text[lang]);
	const { list, topOf } = topSections(snap, t);
	const counted = snap.items.filter(isCountedItem);
	const notAdopted = snap.items.filter((item) => !isCountedItem(item));
	const inputs = counted.map((item) => scoreInput(item, topOf));
	let comparison: YearComparison | null = null;
	if (snap.previous) {
		const current: YearAnswer[] = counted.map((item, i) => ({ ...inputs[i], checklistId: item.checklistId }));
		const previous: YearAnswer[] = snap.previous.items.map((p) => {
			const key = sectionKey(p.checklistId, p.sectionId);
			return {
				checklistId: p.checklistId,
				itemId: p.itemId,
				sectionId: topOf.get(key) ?? key,
				group: groupOf(p),
				status: p.status
			};
		});
		comparison = compareYears(current, previous);
	}
	return {
		snap,
		lang,
		s: SELFCHECK_STRINGS[lang],
		e: engineStrings(lang),
		fyLabel: fiscalYearLabel(snap.assessment.fiscalYear, lang),
		previousFyLabel: snap.previous ? fiscalYearLabel(snap.previous.fiscalYear, lang) : null,
		counted,
		notAdopted,
		groups: SCORE_GROUPS.filter((g) => inputs.some((i) => i.group === g)),
		topSections: list,
		topOf,
		score: scoreAnswers(inputs),
		progress: progress(counted.map((item, i) => ({ status: inputs[i].status, unconfirmed: item.answer.carriedOver }))),
		comparison,
		t,
		statusLabel: (status) => ANSWER_STATUS_LABELS[status][lang],
		classLabel: (classification) => CLASSIFICATION_NAMES[classification][lang],
		kindLabel: (item) =>
			item.leading
				? `${CLASSIFICATION_NAMES[item.classification][lang]}・${SELFCHECK_STRINGS[lang].group.leading}`
				: CLASSIFICATION_NAMES[item.classification][lang]
	};
}

/** 412 → "412", 412.5 → "412.5". */
export function formatPoints(points: number): string {
	return Number.isInteger(points) ? String(points) : points.toFixed(1);
}
