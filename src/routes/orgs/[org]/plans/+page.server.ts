import { biaFlags, biaRows } from '$lib/domain/plans/bia-view';
import { parsePlanContent } from '$lib/domain/plans/content';
import { planGaps } from '$lib/domain/plans/gaps';
import { reviewState } from '$lib/domain/plans/review';
import { PLAN_KINDS } from '$lib/domain/plans/templates';
import { now } from '$lib/server/clock';
import { loadPlanSources } from '$lib/server/plans/context';
import { loadPlanState } from '$lib/server/plans/versions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { org } = await parent();
	const { pb } = locals.session;
	const [sources, today, ...states] = await Promise.all([
		loadPlanSources(pb, org.id, org.sector),
		now(),
		...PLAN_KINDS.map((kind) => loadPlanState(pb, org.id, kind))
	]);
	const cards = PLAN_KINDS.map((kind, i) => {
		const state = states[i];
		const latest = state.latest ? parsePlanContent(state.latest.record.content) : null;
		const approved = state.approved?.parsed.ok ? state.approved.parsed.content : null;
		const content = latest?.ok ? latest.content : null;
		return {
			kind,
			started: state.plan !== null,
			latest: state.latest ? { number: state.latest.record.number, status: state.latest.record.status } : null,
			approvedNumber: state.approved?.record.number ?? null,
			review: reviewState(approved?.reviewBy ?? null, today),
			gaps: content ? planGaps(content, sources.context).length : null,
			flags: content?.kind === 'bcp' ? biaFlags(biaRows(content, sources.context.services, org.sector)).length : 0
		};
	});
	return { cards, contactCount: sources.contacts.length };
};
