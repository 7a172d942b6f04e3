/**
 * The risk report snapshot: everything the risk report and the acceptance
 * sheets show, read ONCE from the database when an export starts
 * (server/reports/risk-snapshot.ts), so the PDF is consistent and its
 * SHA-256 identifies exactly the data it was built from. Plain JSON.
 */
import { z } from 'zod';
import { operatorClassSchema, sectorCodeSchema } from '../../checklists/schema';
import { ACCEPTANCE_STATUSES, acceptanceSnapshotSchema } from '../../risks/acceptance';
import { criteriaContentSchema } from '../../risks/criteria';
import { PLAN_KINDS } from '../../plans/templates';
import { ACTION_STATUSES } from '../../risks/forms';
import { RISK_STATUSES, TREATMENT_OPTIONS } from '../../risks/register';
import { RISK_CATEGORIES } from '../../risks/threat-catalogue';
import { ANSWER_STATUSES } from '../../selfcheck/answers';

const id = z.string().min(1);
const instant = z.iso.datetime({ offset: true });
const date = z.iso.date();
const rating = z.strictObject({ likelihood: z.number().int().min(1).max(6), impact: z.number().int().min(1).max(6) }).nullable();
const fiscalYear = z.number().int().min(2000).max(2100);

export const riskSnapshotSchema = z
	.strictObject({
		schemaVersion: z.literal(1),
		organisation: z.strictObject({
			id,
			name: z.string().min(1),
			nameEn: z.string().optional(),
			sector: sectorCodeSchema,
			operatorClass: operatorClassSchema,
			fyStartMonth: z.number().int().min(1).max(12)
		}),
		fiscalYear,
		/** The start of the fiscal year (Japan date); "since last year" compares with the state before it. */
		fiscalYearStart: date,
		/** Every approved criteria version (risks may still be on older ones); the one in force is the highest. */
		criteria: z.array(
			z.strictObject({
				id,
				version: z.number().int().min(1),
				content: criteriaContentSchema,
				contentSha256: z.string(),
				approvedBy: z.string(),
				approvedAt: instant
			})
		),
		services: z.array(z.strictObject({ id, name: z.string() })),
		systems: z.array(z.strictObject({ id, name: z.string() })),
		dependencies: z.array(z.strictObject({ id, name: z.string() })),
		risks: z.array(
			z.strictObject({
				id,
				ref: z.string(),
				title: z.string(),
				category: z.enum(RISK_CATEGORIES),
				threat: z.string(),
				scenario: z.string(),
				owner: z.string(),
				status: z.enum(RISK_STATUSES),
				closedReason: z.string(),
				services: z.array(id),
				systems: z.array(id),
				dependencies: z.array(id),
				criteria: z.string(),
				inherent: rating,
				current: rating,
				target: rating,
				treatment: z.union([z.enum(TREATMENT_OPTIONS), z.literal('')]),
				treatmentPlan: z.string(),
				controls: z.string(),
				controlItems: z.array(
					z.strictObject({ key: z.string(), title: z.string(), status: z.enum([...ANSWER_STATUSES, 'not_in_selfcheck']) })
				),
				created: instant,
				updated: instant,
				reviewedAt: instant.nullable(),
				/** The ratings of the last review before the fiscal year began (null: none). */
				baseline: z.strictObject({ criteria: z.string(), current: rating, reviewedAt: instant }).nullable()
			})
		),
		actions: z.array(
			z.strictObject({
				id,
				risk: id,
				title: z.string(),
				owner: z.string(),
				dueDate: date.nullable(),
				status: z.enum(ACTION_STATUSES),
				completedOn: date.nullable(),
				/** The plans the action revises (absent in snapshots made before actions named plans). */
				plans: z.array(z.strictObject({ kind: z.enum(PLAN_KINDS), title: z.string() })).optional()
			})
		),
		acceptances: z.array(
			z.strictObject({
				id,
				risk: id,
				/** As of generatedAt: an approval past its expiry reads as expired. */
				status: z.enum(ACCEPTANCE_STATUSES),
				justification: z.string(),
				expiresAt: instant,
				requestedBy: z.string(),
				requestedAt: instant,
				approval: z
					.strictObject({ signerName: z.string(), signedAt: instant, statement: z.string(), contentSha256: z.string() })
					.nullable(),
				decision: z.strictObject({ by: z.string(), at: instant, comment: z.string() }).nullable(),
				revocation: z.strictObject({ by: z.string(), at: instant, reason: z.string() }).nullable(),
				snapshot: acceptanceSnapshotSchema.nullable()
			})
		),
		selfcheckFiscalYear: fiscalYear.nullable(),
		generatedAt: instant
	})
	.superRefine((snap, ctx) => {
		const risks = new Set(snap.risks.map((r) => r.id));
		const criteria = new Set(snap.criteria.map((c) => c.id));
		snap.risks.forEach((r, i) => {
			if (r.criteria && !criteria.has(r.criteria) && (r.inherent || r.current || r.target)) {
				ctx.addIssue({ code: 'custom', path: ['risks', i, 'criteria'], message: `unknown criteria version ${r.criteria}` });
			}
		});
		snap.actions.forEach((a, i) => {
			if (!risks.has(a.risk)) ctx.addIssue({ code: 'custom', path: ['actions', i, 'risk'], message: `unknown risk ${a.risk}` });
		});
		snap.acceptances.forEach((a, i) => {
			if (!risks.has(a.risk)) ctx.addIssue({ code: 'custom', path: ['acceptances', i, 'risk'], message: `unknown risk ${a.risk}` });
		});
	});

export type RiskSnapshot = z.infer<typeof riskSnapshotSchema>;
export type SnapshotRisk = RiskSnapshot['risks'][number];

export function parseRiskSnapshot(input: unknown): RiskSnapshot {
	const result = riskSnapshotSchema.safeParse(input);
	if (result.success) return result.data;
	const lines = result.error.issues.slice(0, 20).map((issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	throw new Error(`invalid risk report snapshot:\n${lines.join('\n')}`);
}

export function organisationNameIn(snapshot: Pick<RiskSnapshot, 'organisation'>, language: 'ja' | 'en'): string {
	return language === 'en' && snapshot.organisation.nameEn ? snapshot.organisation.nameEn : snapshot.organisation.name;
}
