import { error, fail, redirect } from '@sveltejs/kit';
import { reviewState } from '$lib/domain/plans/review';
import type { PlanKind } from '$lib/domain/plans/templates';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { loadPlanSources } from '$lib/server/plans/context';
import { recordEvidence } from '$lib/server/plans/evidence-targets';
import { loadExercised } from '$lib/server/plans/exercised';
import { planView } from '$lib/server/plans/view';
import { loadPlanState, loadVersionByNumber, startPlan } from '$lib/server/plans/versions';
import { approveVersion, returnVersion, saveReviewDate, submitVersion } from '$lib/server/plans/workflow';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
	const { org, permissions } = await parent();
	const { pb, lang } = locals.session;
	const kind = params.kind as PlanKind;
	const [state, sources, today, exercised] = await Promise.all([
		loadPlanState(pb, org.id, kind),
		loadPlanSources(pb, org.id, org.sector),
		now(),
		loadExercised(pb, org.id, kind)
	]);
	const requested = Number(url.searchParams.get('version'));
	let shown = state.latest;
	if (state.plan && Number.isInteger(requested) && requested > 0) {
		shown = await loadVersionByNumber(pb, state.plan.id, requested);
		if (!shown) error(404, messagesFor(lang).plansEdit.versions.notFound);
	}
	const approvedContent = state.approved?.parsed.ok ? state.approved.parsed.content : null;
	const evidence = state.plan ? await recordEvidence(pb, org.id, 'plan', state.plan.id, permissions.editContent) : null;
	return {
		kind,
		plan: state.plan,
		history: state.history,
		shown: shown ? { record: { ...shown.record, content: null }, problem: shown.parsed.ok ? null : shown.parsed.problem } : null,
		view: shown?.parsed.ok ? planView(shown.parsed.content, sources, lang) : null,
		latestNumber: state.latest?.record.number ?? 0,
		approvedNumber: state.approved?.record.number ?? null,
		approval: state.approval,
		review: reviewState(approvedContent?.reviewBy ?? null, today),
		serviceCount: sources.context.services.length,
		saved: Number(url.searchParams.get('saved')) || null,
		exercised,
		evidence
	};
};

export const actions: Actions = {
	start: async ({ locals, params }) => {
		const { pb, lang } = locals.session;
		const org = await pb.collection('organisations').getOne(params.org);
		const sources = await loadPlanSources(pb, params.org, org.sector);
		const saved = await startPlan(pb, params.org, params.kind as PlanKind, lang, sources);
		if (!saved.ok) return fail(400, { form: 'start', values: {}, errors: { _form: messagesFor(lang).plans.workflow.failed } });
		redirect(303, `/orgs/${params.org}/plans/${params.kind}`);
	},
	submit: async ({ request, locals }) => submitVersion(locals.session.pb, await request.formData(), messagesFor(locals.session.lang)),
	returnToDraft: async ({ request, locals }) =>
		returnVersion(locals.session.pb, await request.formData(), messagesFor(locals.session.lang)),
	approve: async ({ request, locals, params }) =>
		approveVersion(locals.session.pb, params.org, await request.formData(), messagesFor(locals.session.lang)),
	review: async ({ request, locals, params }) =>
		saveReviewDate(locals.session.pb, params.org, params.kind as PlanKind, await request.formData(), messagesFor(locals.session.lang))
};
