/**
 * A crosswalk (checklists/crosswalks/*.yaml, FORMAT.md "Editions and
 * crosswalks") maps the item ids of one checklist edition to those of another:
 * a new edition of the same checklist, or another checklist altogether (our
 * cross-sector checklist → NIST SP 800-53). Each mapping lists one or more
 * source ids and zero or more target ids, so one-to-one (renamed), one-to-many
 * (split), many-to-one (merged) and one-to-none (removed) are all one shape.
 * Pure: no I/O.
 */
import { z } from 'zod';
import { CHECKLIST_ID_PATTERN, ITEM_ID_PATTERN, localizedSchema, textError } from '../schema';
import type { Localized } from '../schema';

const itemId = z.string({ error: textError }).regex(ITEM_ID_PATTERN, { message: 'must be an item id such as GOV-01' });

const editionSchema = z.strictObject({
	checklist: z.string({ error: textError }).regex(CHECKLIST_ID_PATTERN, { message: 'must be a checklist id (kebab-case)' }),
	/** Left out: any edition of that checklist (used for outside catalogs the organisation imports). */
	version: z.string({ error: textError }).min(1, { message: 'must not be empty' }).optional()
});

const mappingSchema = z.strictObject({
	from: z.array(itemId).min(1, { message: 'list at least one source item id' }),
	/** Empty: the item was removed without a successor (say why in the note). */
	to: z.array(itemId),
	note: localizedSchema
});

export const crosswalkSchema = z
	.strictObject({
		id: z
			.string({ error: textError })
			.regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, { message: 'must be kebab-case (dots allowed), e.g. cross-sector-2026.2-2027.1' }),
		title: localizedSchema,
		from: editionSchema,
		to: editionSchema,
		/** Items of the new edition with no predecessor (listed for the "what changed" view). */
		added: z.array(itemId).default([]),
		mappings: z.array(mappingSchema).min(1, { message: 'list at least one mapping' })
	})
	.superRefine((cw, ctx) => {
		const seen = new Map<string, number>();
		cw.mappings.forEach((m, k) => {
			m.from.forEach((id, j) => {
				const first = seen.get(id);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['mappings', k, 'from', j],
						message: `${id} is already mapped in mappings[${first}]: list all its targets in one mapping`
					});
				} else {
					seen.set(id, k);
				}
			});
		});
		const targets = new Set(cw.mappings.flatMap((m) => m.to));
		cw.added.forEach((id, j) => {
			if (targets.has(id)) ctx.addIssue({ code: 'custom', path: ['added', j], message: `${id} is a mapping target, so it is not new` });
		});
	});

export type Crosswalk = z.infer<typeof crosswalkSchema>;
export type CrosswalkMapping = Crosswalk['mappings'][number];

/** How a mapping changes its items, derived from the counts. */
export type MappingKind = 'renamed' | 'changed' | 'split' | 'merged' | 'removed' | 'regrouped';

export function mappingKind(mapping: Pick<CrosswalkMapping, 'from' | 'to'>, sameChecklist: boolean): MappingKind {
	const { from, to } = mapping;
	if (to.length === 0) return 'removed';
	if (from.length === 1 && to.length === 1) return sameChecklist && from[0] === to[0] ? 'changed' : 'renamed';
	if (from.length === 1) return 'split';
	if (to.length === 1) return 'merged';
	return 'regrouped';
}

export const MAPPING_KIND_NAMES: Record<MappingKind, Localized> = {
	renamed: { ja: '移設・改番', en: 'Moved or renumbered' },
	changed: { ja: '内容の変更', en: 'Changed' },
	split: { ja: '分割', en: 'Split' },
	merged: { ja: '統合', en: 'Merged' },
	removed: { ja: '削除', en: 'Removed' },
	regrouped: { ja: '再編', en: 'Regrouped' }
};
