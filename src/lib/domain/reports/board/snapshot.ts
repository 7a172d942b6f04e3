/**
 * The board report snapshot (経営層向け報告書): this fiscal year's self-check
 * (with last year's answers, as the self-check report reads them) and what
 * the executives decide on — risks and their acceptances and treatment
 * actions, the auditors' findings, improvement actions, approved plan
 * versions and exercises. Read ONCE (server/reports/board-snapshot.ts), so
 * the report's SHA-256 identifies exactly the data it was built from. Plain JSON.
 */
import { z } from 'zod';
import { FINDING_STATUSES, SEVERITIES } from '../../evidence/review';
import { ACTION_STATUSES as IMPROVEMENT_STATUSES } from '../../plans/actions';
import { EXERCISE_KINDS } from '../../plans/exercises';
import { PLAN_KINDS } from '../../plans/templates';
import { ACCEPTANCE_STATUSES } from '../../risks/acceptance';
import { ACTION_STATUSES as RISK_ACTION_STATUSES } from '../../risks/forms';
import { RISK_STATUSES } from '../../risks/register';
import { selfCheckSnapshotSchema } from '../selfcheck/snapshot';

const id = z.string().min(1);
const instant = z.iso.datetime({ offset: true });
const date = z.iso.date();

export const boardSnapshotSchema = z
	.strictObject({
		schemaVersion: z.literal(1),
		/** This year's self-check; its `previous` holds last year's answers. */
		selfcheck: selfCheckSnapshotSchema,
		/** The fiscal year's first and last day (Japan dates). */
		period: z.strictObject({ start: date, end: date }),
		risks: z.array(z.strictObject({ id, ref: z.string(), title: z.string(), status: z.enum(RISK_STATUSES) })),
		acceptances: z.array(
			z.strictObject({
				id,
				risk: id,
				/** As stored; an approval past its expiry is read as expired against generatedAt. */
				status: z.enum(ACCEPTANCE_STATUSES),
				expiresAt: instant,
				approval: z.strictObject({ signerName: z.string(), signedAt: instant }).nullable()
			})
		),
		riskActions: z.array(
			z.strictObject({ id, risk: id, title: z.string(), owner: z.string(), dueDate: date.nullable(), status: z.enum(RISK_ACTION_STATUSES) })
		),
		findings: z.array(
			z.strictObject({
				id,
				title: z.string(),
				severity: z.enum(SEVERITIES),
				status: z.enum(FINDING_STATUSES),
				dueDate: date.nullable(),
				raisedAt: instant
			})
		),
		improvementActions: z.array(
			z.strictObject({ id, finding: z.string(), owner: z.string(), dueDate: date.nullable(), status: z.enum(IMPROVEMENT_STATUSES) })
		),
		/** Signed (approved) plan versions, any year. */
		planVersions: z.array(
			z.strictObject({ id, kind: z.enum(PLAN_KINDS), title: z.string(), number: z.number().int().min(1), signedAt: instant })
		),
		exercises: z.array(
			z.strictObject({ id, title: z.string(), kind: z.enum(EXERCISE_KINDS), heldOn: date, planKinds: z.array(z.enum(PLAN_KINDS)) })
		),
		generatedAt: instant
	})
	.superRefine((snap, ctx) => {
		const risks = new Set(snap.risks.map((r) => r.id));
		snap.acceptances.forEach((a, i) => {
			if (!risks.has(a.risk)) ctx.addIssue({ code: 'custom', path: ['acceptances', i, 'risk'], message: `unknown risk ${a.risk}` });
		});
		snap.riskActions.forEach((a, i) => {
			if (!risks.has(a.risk)) ctx.addIssue({ code: 'custom', path: ['riskActions', i, 'risk'], message: `unknown risk ${a.risk}` });
		});
		if (snap.period.start > snap.period.end)
			ctx.addIssue({ code: 'custom', path: ['period'], message: 'the period ends before it starts' });
	});

export type BoardSnapshot = z.infer<typeof boardSnapshotSchema>;

/** Validates a snapshot built by the database layer; throws a zod error naming the field. */
export function parseBoardSnapshot(input: unknown): BoardSnapshot {
	return boardSnapshotSchema.parse(input);
}
