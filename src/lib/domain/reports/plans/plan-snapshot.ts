/**
 * The snapshot of one plan version for its PDF (BCP or contingency plan):
 * the version's content, its approval, the profile it is checked against,
 * the contact register (for the contact sheet) and what exercises left
 * open. Read once; plain JSON only.
 */
import { z } from 'zod';
import { ACTION_STATUSES } from '../../plans/actions';
import { CONTACT_CATEGORIES } from '../../plans/contacts';
import { planContentSchema } from '../../plans/content';
import { PLAN_VERSION_STATUSES } from '../../plans/facts';
import { PLAN_KINDS, PLAN_SECTION_REFS } from '../../plans/templates';
import { SHA256_HEX_PATTERN } from '../integrity';
import { id, instant, localized, organisationPartSchema } from './common';

const sha256 = z.string().regex(SHA256_HEX_PATTERN);

export const contactPartSchema = z.strictObject({
	id,
	category: z.enum(CONTACT_CATEGORIES),
	name: z.string().min(1),
	affiliation: z.string(),
	role: z.string(),
	phone: z.string(),
	phoneAlt: z.string(),
	email: z.string(),
	hours: z.string(),
	deputyName: z.string()
});
export type ContactPart = z.infer<typeof contactPartSchema>;

export const planReportSnapshotSchema = z.strictObject({
	schemaVersion: z.literal(1),
	organisation: organisationPartSchema,
	plan: z.strictObject({ id, kind: z.enum(PLAN_KINDS), title: z.string().min(1) }),
	version: z.strictObject({
		id,
		number: z.number().int().min(1),
		status: z.enum(PLAN_VERSION_STATUSES),
		createdAt: instant,
		authorName: z.string()
	}),
	approval: z.strictObject({ signerName: z.string().min(1), signedAt: instant, statement: z.string(), contentSha256: sha256 }).nullable(),
	content: planContentSchema,
	services: z.array(
		z.strictObject({
			id,
			name: z.string(),
			serviceLevel: z.string(),
			maxOutageMinutes: z.number().int().min(0).nullable(),
			verificationExcluded: z.boolean()
		})
	),
	dependencies: z.array(z.strictObject({ key: z.string(), label: localized, alternative: z.string() })),
	contacts: z.array(contactPartSchema),
	exercised: z.strictObject({
		last: z.strictObject({ title: z.string(), heldOn: z.iso.date() }).nullable(),
		open: z.array(
			z.strictObject({
				finding: z.string(),
				owner: z.string(),
				dueDate: z.iso.date().nullable(),
				status: z.enum(ACTION_STATUSES),
				sections: z.array(z.enum(PLAN_SECTION_REFS))
			})
		)
	}),
	generatedAt: instant
});

export type PlanReportSnapshot = z.infer<typeof planReportSnapshotSchema>;

export function parsePlanReportSnapshot(input: unknown): PlanReportSnapshot {
	const snapshot = planReportSnapshotSchema.parse(input);
	if (snapshot.content.kind !== snapshot.plan.kind) throw new Error('the content belongs to another kind of plan');
	if ((snapshot.version.status === 'signed') !== (snapshot.approval !== null))
		throw new Error('an approved version needs its approval, and only it');
	return snapshot;
}
