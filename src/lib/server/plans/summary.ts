/**
 * The plans summary of the organisation's start page (domain/plans/summary.ts),
 * read with the user's own token and dated by the server clock.
 */
import type PocketBase from 'pocketbase';
import { plansSummary, type ActionInput, type PlansSummary } from '$lib/domain/plans/summary';
import { PLAN_KINDS } from '$lib/domain/plans/templates';
import { now } from '$lib/server/clock';
import { loadPlanState } from './versions';

export async function loadPlansSummary(pb: PocketBase, org: string): Promise<PlansSummary> {
	const [today, states, actions, incidents, drafts] = await Promise.all([
		now(),
		Promise.all(PLAN_KINDS.map((kind) => loadPlanState(pb, org, kind))),
		pb.collection('improvement_actions').getFullList<ActionInput>({
			filter: pb.filter('organisation = {:org} && status != "closed"', { org }),
			fields: 'id,finding,owner,due_date,status,exercise,incident'
		}),
		pb.collection('incidents').getFullList<{ id: string; title: string; detected_at: string; status: string }>({
			filter: pb.filter('organisation = {:org} && status != "closed"', { org }),
			sort: '-detected_at',
			fields: 'id,title,detected_at,status'
		}),
		pb.collection('incident_reports').getFullList<{ incident: string }>({
			filter: pb.filter('organisation = {:org} && status = "draft"', { org }),
			fields: 'incident'
		})
	]);
	const unsent = new Map<string, number>();
	for (const d of drafts) unsent.set(d.incident, (unsent.get(d.incident) ?? 0) + 1);
	const plans = PLAN_KINDS.map((kind, i) => {
		const state = states[i];
		const approved = state.approved?.parsed.ok ? state.approved.parsed.content : null;
		return {
			kind,
			started: state.plan !== null,
			latestStatus: state.latest?.record.status ?? null,
			approvedReviewBy: approved?.reviewBy ?? null,
			approved: state.approved !== null
		};
	});
	return plansSummary(plans, actions, incidents, unsent, today);
}
