/**
 * The anonymised sector statistics files (seed 001: operators share figures
 * anonymised so the reporter cannot be identified; the government surveys how
 * widely the safety standards are adopted).
 *
 * An operator's file ('mamori-sector-statistics'): sector, operator class,
 * fiscal year, the library checklists answered (id and version), each
 * section's score rounded to RATIO_STEP, and each item's answer as one of
 * four buckets. No names, no record ids, no dates, no free text, no
 * evidence; checklists of the organisation's own (imported or edited) are
 * left out, since their titles and items could identify it.
 *
 * A sector's distribution ('mamori-sector-distribution'), from
 * ./aggregate.ts: k-anonymous counts and quartiles, safe to hand back to the
 * operators so that each can see where it stands.
 */
import { z } from 'zod';
import { classificationSchema, operatorClassSchema, sectorCodeSchema } from '../../checklists/schema';
import { FISCAL_YEAR } from '../../schema';
import type { AnswerStatus } from '../../selfcheck/answers';

export const STATISTICS_FORMAT = 'mamori-sector-statistics';
export const DISTRIBUTION_FORMAT = 'mamori-sector-distribution';

/** Section scores are rounded to this step (5 %), so a file does not carry exact figures. */
export const RATIO_STEP = 0.05;

/** What an item's answer counts as in sector statistics. */
export const BUCKETS = ['implemented', 'partial', 'not_implemented', 'not_applicable'] as const;
export type Bucket = (typeof BUCKETS)[number];

export const BUCKET_OF: Record<AnswerStatus, Bucket> = {
	implemented: 'implemented',
	alternative: 'implemented',
	partial: 'partial',
	not_implemented: 'not_implemented',
	unanswered: 'not_implemented',
	not_applicable: 'not_applicable'
};

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, { message: 'must be a checklist, section or item id' });
const localized = z.strictObject({ ja: z.string().max(500), en: z.string().max(500) });
const fiscalYear = z.number().int().min(FISCAL_YEAR.min).max(FISCAL_YEAR.max);
const ratio = z
	.number()
	.min(0)
	.max(1)
	.refine((r) => Math.abs(r / RATIO_STEP - Math.round(r / RATIO_STEP)) < 1e-9, { message: `must be a multiple of ${RATIO_STEP}` });

export const statisticsFileSchema = z
	.strictObject({
		format: z.literal(STATISTICS_FORMAT, { message: `must be "${STATISTICS_FORMAT}" (this is not an anonymised statistics file)` }),
		version: z.literal(1),
		sector: sectorCodeSchema,
		operatorClass: operatorClassSchema,
		fiscalYear,
		checklists: z.array(z.strictObject({ id, version: z.string().min(1).max(50) })).min(1),
		sections: z.array(z.strictObject({ checklistId: id, sectionId: id, title: localized, ratio: ratio.nullable() })),
		items: z.array(
			z.strictObject({ checklistId: id, itemId: id, sectionId: id, classification: classificationSchema, bucket: z.enum(BUCKETS) })
		)
	})
	.superRefine((file, ctx) => {
		const sections = new Set(file.sections.map((s) => `${s.checklistId}/${s.sectionId}`));
		const items = new Set<string>();
		file.items.forEach((item, i) => {
			const key = `${item.checklistId}/${item.itemId}`;
			if (items.has(key)) ctx.addIssue({ code: 'custom', path: ['items', i], message: `item ${key} appears twice` });
			items.add(key);
			if (!sections.has(`${item.checklistId}/${item.sectionId}`))
				ctx.addIssue({ code: 'custom', path: ['items', i, 'sectionId'], message: `unknown section ${item.checklistId}/${item.sectionId}` });
		});
	});
export type StatisticsFile = z.infer<typeof statisticsFileSchema>;

/** A count shown only when at least `threshold` operators stand behind it; null = suppressed. */
const count = z.number().int().min(0).nullable();
const quartiles = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1)]).nullable();

export const distributionSchema = z.strictObject({
	format: z.literal(DISTRIBUTION_FORMAT, { message: `must be "${DISTRIBUTION_FORMAT}"` }),
	version: z.literal(1),
	sector: sectorCodeSchema,
	fiscalYear,
	threshold: z.number().int().min(2),
	operators: z.number().int().min(0),
	classes: z.strictObject({ leading: count, other: count }),
	sections: z.array(
		z.strictObject({
			checklistId: id,
			sectionId: id,
			title: localized,
			operators: z.number().int().min(0),
			quartiles,
			/** Operators per score band 0–20 %, 20–40 %, 40–60 %, 60–80 %, 80–100 %. */
			bands: z.array(count).length(5)
		})
	),
	items: z.array(
		z.strictObject({
			checklistId: id,
			itemId: id,
			sectionId: id,
			classification: classificationSchema,
			operators: z.number().int().min(0),
			counts: z.strictObject({ implemented: count, partial: count, not_implemented: count, not_applicable: count })
		})
	)
});
export type Distribution = z.infer<typeof distributionSchema>;
export type DistributionItem = Distribution['items'][number];
export type DistributionSection = Distribution['sections'][number];
