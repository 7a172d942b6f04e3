/**
 * 参考事項 adoption. Reference items are optional (seed 001 II-1(1)): each
 * self-check records which of them the organisation adopts, optionally with
 * a reason. Only adopted reference items are asked, scored and listed as
 * gaps; the others are listed as "not adopted". A self-check started before
 * adoption was recorded (mode 'all') counts every reference item, as it did
 * when it was answered. Pure.
 */
import { z } from 'zod';
import type { Classification } from '../checklists/classification';
import type { Localized } from '../sectors';

export const ADOPTION_REASON_MAX_CHARS = 2000;

export type AdoptionMode = 'all' | 'per_item';

/** The stored field (assessments.reference_adoption) as a mode. */
export const adoptionModeOf = (field: string | undefined | null): AdoptionMode => (field === 'per_item' ? 'per_item' : 'all');

export interface AdoptionDecision {
	adopted: boolean;
	reason: string;
	/** Copied from the previous self-check and not changed since. */
	carriedOver: boolean;
}

export interface Adoption {
	mode: AdoptionMode;
	/** By item key (`${pinnedId}:${itemId}`). */
	decisions: ReadonlyMap<string, AdoptionDecision>;
}

export const ALL_ADOPTED: Adoption = { mode: 'all', decisions: new Map() };

/** Whether a reference item is adopted; undecided means not adopted. */
export function isAdopted(adoption: Adoption, key: string): boolean {
	return adoption.mode === 'all' || adoption.decisions.get(key)?.adopted === true;
}

/** Whether an item is asked and scored: everything but a reference item not adopted. */
export function isCounted(item: { key: string; classification: Classification }, adoption: Adoption): boolean {
	return item.classification !== 'reference' || isAdopted(adoption, item.key);
}

export function splitByAdoption<T extends { key: string; classification: Classification }>(
	items: readonly T[],
	adoption: Adoption
): { counted: T[]; notAdopted: T[] } {
	const counted: T[] = [];
	const notAdopted: T[] = [];
	for (const item of items) (isCounted(item, adoption) ? counted : notAdopted).push(item);
	return { counted, notAdopted };
}

export const ADOPTION_MESSAGES = {
	reason_too_long: {
		ja: `理由は${ADOPTION_REASON_MAX_CHARS.toLocaleString('ja-JP')}文字以内にしてください。`,
		en: `Keep the reason to ${ADOPTION_REASON_MAX_CHARS.toLocaleString('en-US')} characters or fewer.`
	},
	unknown_item: { ja: 'この自己検証の参考事項ではありません。', en: 'Not a reference item of this self-check.' }
} as const satisfies Record<string, Localized>;

export interface AdoptionChoice {
	key: string;
	adopted: boolean;
	reason: string;
}

export interface AdoptionFormIssue {
	key: string;
	message: Localized;
}

/**
 * Reads the adoption form: `item` lists every key shown, `adopt` the ticked
 * ones, `reason:<key>` the reasons. Keys must be reference items of the
 * self-check (`known`).
 */
export function parseAdoptionForm(
	form: { getAll(name: string): unknown[]; get(name: string): unknown },
	known: ReadonlySet<string>
): { ok: true; choices: AdoptionChoice[] } | { ok: false; issues: AdoptionFormIssue[]; choices: AdoptionChoice[] } {
	const text = z.string().catch('');
	const keys = [...new Set(form.getAll('item').map((k) => text.parse(k)))].filter((k) => k !== '');
	const ticked = new Set(form.getAll('adopt').map((k) => text.parse(k)));
	const issues: AdoptionFormIssue[] = [];
	const choices = keys.map((key) => {
		const reason = text.parse(form.get(`reason:${key}`)).trim();
		if (!known.has(key)) issues.push({ key, message: ADOPTION_MESSAGES.unknown_item });
		else if (Array.from(reason).length > ADOPTION_REASON_MAX_CHARS) issues.push({ key, message: ADOPTION_MESSAGES.reason_too_long });
		return { key, adopted: ticked.has(key), reason };
	});
	return issues.length > 0 ? { ok: false, issues, choices } : { ok: true, choices };
}
