/**
 * Reads the board report's snapshot ONCE with the user's own token: this
 * year's self-check (the chosen assessment, with last year's answers, as the
 * self-check report reads it), the risk register's acceptances and treatment
 * actions (as the risk report reads them), open findings, improvement
 * actions, approved plan versions and exercises. Validated by
 * domain/reports/board/snapshot.ts.
 */
import type PocketBase from 'pocketbase';
import { parseBoardSnapshot, type BoardSnapshot } from '$lib/domain/reports/board/snapshot';
import type { FindingRecord } from '$lib/server/evidence/review-views';
import type { ActionRecord, ExerciseRecord } from '$lib/server/plans/exercise-records';
import type { PlanVersionSummary } from '$lib/server/plans/records';
import { iso } from '$lib/server/risks/records';
import { loadRiskSnapshot } from '$lib/server/risks/report-snapshot';
import { loadSelfCheckSnapshot } from './selfcheck-snapshot';

const day = (pbDate: string): string | null => (pbDate ? pbDate.slice(0, 10) : null);
const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a fiscal year starting in `startMonth`. */
export function fiscalYearDays(fiscalYear: number, startMonth: number): { start: string; end: string } {
	const start = `${fiscalYear}-${pad(startMonth)}-01`;
	const next = new Date(Date.UTC(fiscalYear + 1, startMonth - 1, 1) - 86_400_000);
	return { start, end: next.toISOString().slice(0, 10) };
}

export async function loadBoardSnapshot(pb: PocketBase, assessmentId: string): Promise<BoardSnapshot> {
	const selfcheck = await loadSelfCheckSnapshot(pb, assessmentId);
	const org = selfcheck.organisation.id;
	const filter = pb.filter('organisation = {:org}', { org });
	const [risk, findings, improvements, versions, exercises] = await Promise.all([
		loadRiskSnapshot(pb, org),
		pb.collection('findings').getFullList<FindingRecord>({ filter: `${filter} && status != "closed"`, sort: 'due_date,created' }),
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter: `${filter} && status != "closed"`, sort: 'due_date,created' }),
		pb.collection('plan_versions').getFullList<PlanVersionSummary>({
			filter: `${filter} && status = "signed"`,
			sort: 'signed_at',
			fields: 'id,kind,title,number,signed_at'
		}),
		pb.collection('exercises').getFullList<ExerciseRecord>({ filter, sort: 'held_on', fields: 'id,title,kind,held_on,plan_kinds' })
	]);
	return parseBoardSnapshot({
		schemaVersion: 1,
		selfcheck,
		period: fiscalYearDays(selfcheck.assessment.fiscalYear, selfcheck.organisation.fyStartMonth),
		risks: risk.risks.map((r) => ({ id: r.id, ref: r.ref, title: r.title, status: r.status })),
		acceptances: risk.acceptances.map((a) => ({
			id: a.id,
			risk: a.risk,
			status: a.status,
			expiresAt: a.expiresAt,
			approval: a.approval ? { signerName: a.approval.signerName, signedAt: a.approval.signedAt } : null
		})),
		riskActions: risk.actions.map((a) => ({
			id: a.id,
			risk: a.risk,
			title: a.title,
			owner: a.owner,
			dueDate: a.dueDate,
			status: a.status
		})),
		findings: findings.map((f) => ({
			id: f.id,
			title: f.title,
			severity: f.severity,
			status: f.status,
			dueDate: day(f.due_date),
			raisedAt: iso(f.created)
		})),
		improvementActions: improvements.map((a) => ({
			id: a.id,
			finding: a.finding,
			owner: a.owner,
			dueDate: day(a.due_date),
			status: a.status
		})),
		planVersions: versions.map((v) => ({ id: v.id, kind: v.kind, title: v.title, number: v.number, signedAt: iso(v.signed_at) })),
		exercises: exercises.map((e) => ({ id: e.id, title: e.title, kind: e.kind, heldOn: e.held_on.slice(0, 10), planKinds: e.plan_kinds })),
		generatedAt: risk.generatedAt
	});
}
