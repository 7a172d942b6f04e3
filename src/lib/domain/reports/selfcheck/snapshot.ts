/**
 * The self-check report snapshot: everything the report shows, read ONCE
 * from the database when an export starts (no re-fetching per section), so
 * the report is consistent and its SHA-256 (integrity.ts#snapshotSha256)
 * identifies exactly the data it was built from. Plain JSON only.
 */
import { z } from 'zod';
import { classificationSchema, operatorClassSchema, sectorCodeSchema } from '../../checklists/schema';
import { ANSWER_STATUSES } from '../../selfcheck/answers';
import { SHA256_HEX_PATTERN } from '../integrity';
import { ASSESSMENT_STATUSES, FISCAL_YEAR, ORGANISATIONS } from '../../schema';
import { EVIDENCE_KINDS } from '../../evidence/facts';
import { FINDING_STATUSES, SEVERITIES, VERDICTS } from '../../evidence/review';

export { ASSESSMENT_STATUSES };
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

const id = z.string().min(1);
const localized = z.strictObject({ ja: z.string(), en: z.string() });
const instant = z.iso.datetime({ offset: true });
const sha256 = z.string().regex(SHA256_HEX_PATTERN, { message: 'must be a lower-case hex SHA-256' });
const fiscalYear = z.number().int().min(FISCAL_YEAR.min).max(FISCAL_YEAR.max);
const status = z.enum(ANSWER_STATUSES);

const day = z.union([z.iso.date(), z.literal('')]);

/** One piece of evidence linked to an answer: what the report lists and the audit package's manifest holds. */
export const snapshotEvidenceSchema = z.strictObject({
	id,
	title: z.string(),
	kind: z.enum(EVIDENCE_KINDS),
	/** The period the evidence is valid for (not its upload date); dates YYYY-MM-DD or ''. */
	period: z.strictObject({ fiscalYear: fiscalYear.nullable(), from: day, to: day }),
	/** YYYY-MM-DD or '' (never expires); expired or not is judged at generatedAt. */
	expiresOn: day,
	/** For a link. */
	url: z.string(),
	/** The current revision of a file; null for a link (or a file with no revision yet). */
	revision: z
		.strictObject({ id, number: z.number().int().min(1), name: z.string().min(1), size: z.number().int().min(0), sha256 })
		.nullable(),
	/** The auditor's latest verdict on the current revision ('pending' = not reviewed). */
	review: z.enum(['pending', ...VERDICTS])
});

export const snapshotItemSchema = z.strictObject({
	checklistId: id,
	checklistVersion: z.string().min(1),
	itemId: id,
	/** The innermost section holding the item. */
	sectionId: id,
	classification: classificationSchema,
	/** A leading-operator measure (先導的取組), scored as its own group. */
	leading: z.boolean(),
	/** For a reference item: whether this self-check adopts it (null for other items). */
	adoption: z.strictObject({ adopted: z.boolean(), reason: z.string(), carriedOver: z.boolean() }).nullable(),
	title: localized,
	answer: z.strictObject({
		status,
		justification: z.string(),
		/** Markdown. */
		notes: z.string(),
		owner: z.string(),
		targetDate: z.iso.date().nullable(),
		/** Copied from last year's answer and not confirmed this year. */
		carriedOver: z.boolean(),
		/** The previous answers it came from through a crosswalk (answers.mapped_from); absent: not mapped. */
		mappedFrom: z.array(z.strictObject({ checklistId: z.string(), version: z.string(), itemId: z.string(), status })).optional(),
		evidence: z.array(snapshotEvidenceSchema)
	})
});

/** A finding (指摘事項) on one of the self-check's items or on evidence it uses, as it stood when the report was made. */
export const snapshotFindingSchema = z
	.strictObject({
		id,
		/** On an item ("<checklist id>/<item id>") or on a piece of evidence (its id); exactly one is set. */
		item: z.strictObject({ checklistId: id, itemId: id }).nullable(),
		evidenceId: id.nullable(),
		title: z.string().min(1),
		severity: z.enum(SEVERITIES),
		status: z.enum(FINDING_STATUSES),
		/** YYYY-MM-DD or '' (no due date). */
		dueDate: z.union([z.iso.date(), z.literal('')]),
		raisedBy: z.string(),
		response: z.string()
	})
	.refine((f) => (f.item === null) !== (f.evidenceId === null), { message: 'a finding is on an item or on evidence', path: ['item'] });

export const selfCheckSnapshotSchema = z
	.strictObject({
		schemaVersion: z.literal(2),
		organisation: z.strictObject({
			id,
			name: z.string().min(1),
			/** The organisation's name in English, shown in English reports when set. */
			nameEn: z.string().optional(),
			sector: sectorCodeSchema,
			operatorClass: operatorClassSchema,
			fyStartMonth: z
				.number()
				.int()
				.min(ORGANISATIONS.fy_start_month.min ?? 1)
				.max(ORGANISATIONS.fy_start_month.max ?? 12)
		}),
		assessment: z.strictObject({
			id,
			fiscalYear,
			revision: z.number().int().min(0),
			status: z.enum(ASSESSMENT_STATUSES),
			/** 'all': started before adoption was recorded, every reference item counts. */
			referenceAdoption: z.enum(['all', 'per_item']),
			checklists: z.array(z.strictObject({ id, version: z.string().min(1), title: localized })).min(1)
		}),
		/** Depth first, in checklist order: a parent before its children. depth 0 = top level. */
		sections: z.array(z.strictObject({ checklistId: id, sectionId: id, title: localized, depth: z.number().int().min(0) })),
		/** In checklist order, reference items not adopted included (they are listed, not scored). */
		items: z.array(snapshotItemSchema),
		comments: z.array(
			z.strictObject({ itemId: id.nullable(), authorName: z.string().min(1), role: z.string(), body: z.string(), createdAt: instant })
		),
		signoff: z
			.strictObject({
				signerName: z.string().min(1),
				signedAt: instant,
				contentSha256: sha256,
				/** The executive's statement given with the signature; left out when none was given. */
				statement: z.string().min(1).optional()
			})
			.nullable(),
		/** Open risks whose controls or treatment actions rely on an item, by "<checklist id>:<item id>" (risk register). */
		/** Findings on the items and the evidence; left out of snapshots made before findings were reported. */
		findings: z.array(snapshotFindingSchema).optional(),
		relyingRisks: z.record(z.string(), z.array(z.strictObject({ ref: z.string(), title: z.string() }))).optional(),
		previous: z
			.strictObject({
				fiscalYear,
				/** The items that counted that year (reference items it did not adopt are left out). */
				items: z.array(z.strictObject({ checklistId: id, itemId: id, sectionId: id, classification: classificationSchema, status }))
			})
			.nullable(),
		generatedAt: instant
	})
	.superRefine((snap, ctx) => {
		const checklists = new Set(snap.assessment.checklists.map((c) => c.id));
		const sections = new Set<string>();
		snap.sections.forEach((s, i) => {
			const key = `${s.checklistId}/${s.sectionId}`;
			if (!checklists.has(s.checklistId))
				ctx.addIssue({ code: 'custom', path: ['sections', i, 'checklistId'], message: `unknown checklist ${s.checklistId}` });
			if (sections.has(key)) ctx.addIssue({ code: 'custom', path: ['sections', i], message: `section ${key} listed twice` });
			sections.add(key);
		});
		const items = new Set<string>();
		const itemIds = new Set<string>();
		snap.items.forEach((item, i) => {
			const key = `${item.checklistId}/${item.itemId}`;
			if (!sections.has(`${item.checklistId}/${item.sectionId}`)) {
				ctx.addIssue({ code: 'custom', path: ['items', i, 'sectionId'], message: `unknown section ${item.checklistId}/${item.sectionId}` });
			}
			if (items.has(key)) ctx.addIssue({ code: 'custom', path: ['items', i], message: `item ${key} listed twice` });
			if ((item.classification === 'reference') !== (item.adoption !== null))
				ctx.addIssue({ code: 'custom', path: ['items', i, 'adoption'], message: 'exactly the reference items carry an adoption' });
			items.add(key);
			itemIds.add(item.itemId);
		});
		const evidence = new Set(snap.items.flatMap((item) => item.answer.evidence.map((e) => e.id)));
		snap.findings?.forEach((f, i) => {
			if (f.item && !items.has(`${f.item.checklistId}/${f.item.itemId}`))
				ctx.addIssue({ code: 'custom', path: ['findings', i, 'item'], message: `unknown item ${f.item.checklistId}/${f.item.itemId}` });
			if (f.evidenceId && !evidence.has(f.evidenceId))
				ctx.addIssue({ code: 'custom', path: ['findings', i, 'evidenceId'], message: `evidence ${f.evidenceId} is not used by any item` });
		});
		snap.comments.forEach((c, i) => {
			if (c.itemId !== null && !itemIds.has(c.itemId))
				ctx.addIssue({ code: 'custom', path: ['comments', i, 'itemId'], message: `unknown item ${c.itemId}` });
		});
		if ((snap.assessment.status === 'signed') !== (snap.signoff !== null)) {
			ctx.addIssue({
				code: 'custom',
				path: ['signoff'],
				message: 'a signed assessment needs a signoff, and only a signed one may have it'
			});
		}
		if (snap.previous && snap.previous.fiscalYear >= snap.assessment.fiscalYear) {
			ctx.addIssue({ code: 'custom', path: ['previous', 'fiscalYear'], message: 'the previous year must be before the assessed year' });
		}
	});

export type SelfCheckSnapshot = z.infer<typeof selfCheckSnapshotSchema>;

/** The organisation's name as a report in `language` shows it. */
export function organisationNameIn(snapshot: Pick<SelfCheckSnapshot, 'organisation'>, language: 'ja' | 'en'): string {
	return language === 'en' && snapshot.organisation.nameEn ? snapshot.organisation.nameEn : snapshot.organisation.name;
}
export type SnapshotItem = z.infer<typeof snapshotItemSchema>;
export type SnapshotEvidence = z.infer<typeof snapshotEvidenceSchema>;
export type SnapshotFinding = z.infer<typeof snapshotFindingSchema>;

/** Whether an item is scored and listed as a gap: all but reference items not adopted. */
export const isCountedItem = (item: Pick<SnapshotItem, 'adoption'>): boolean => item.adoption === null || item.adoption.adopted;

/** Validates a snapshot built by the database layer; throws a readable error listing every problem. */
export function parseSelfCheckSnapshot(input: unknown): SelfCheckSnapshot {
	const result = selfCheckSnapshotSchema.safeParse(input);
	if (result.success) return result.data;
	const lines = result.error.issues.slice(0, 20).map((issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	throw new Error(`invalid self-check snapshot:\n${lines.join('\n')}`);
}
