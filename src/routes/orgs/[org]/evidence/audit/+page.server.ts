import { redirect } from '@sveltejs/kit';
import { evidenceWaitsFor, findingWaitsFor, requestWaitsFor, type Side } from '$lib/domain/evidence/review';
import { choiceOf } from '$lib/domain/evidence/links';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { moveRequest, requestEvidence } from '$lib/server/evidence/audit-actions';
import { followUp } from '$lib/server/evidence/audit-work';
import { backTo } from '$lib/server/evidence/upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
	const { roles } = await parent();
	const sides: Side[] = [
		...(roles.includes('security') ? (['security'] as const) : []),
		...(roles.includes('auditor') ? (['auditor'] as const) : [])
	];
	const mine = url.searchParams.get('mine') === '1' && sides.length > 0;
	const all = await followUp(locals.session.pb, params.org, await now(), locals.session.lang);
	const waiting = {
		finding: (f: (typeof all.findings)[number]) => sides.some((side) => findingWaitsFor(f.item, side)),
		request: (r: (typeof all.requests)[number]) => sides.some((side) => requestWaitsFor(r.item, side)),
		evidence: (e: (typeof all.evidence)[number]) => sides.some((side) => evidenceWaitsFor(e.review.state, side))
	};
	return {
		mine,
		sides,
		all: { findings: all.findings.map((f) => f.item), requests: all.requests.map((r) => r.item), evidence: all.evidence },
		findings: mine ? all.findings.filter(waiting.finding) : all.findings,
		requests: mine ? all.requests.filter(waiting.request) : all.requests,
		evidence: all.evidence.filter((e) => (mine ? waiting.evidence(e) : e.review.state !== 'accepted' || e.evidence.expiry === 'expired')),
		choices: all.evidence.map((e) => choiceOf(e.evidence))
	};
};

async function andBack(result: Awaited<ReturnType<typeof requestEvidence>>, data: FormData, orgId: string) {
	const back = backTo(orgId, String(data.get('back') ?? ''));
	if (back && 'ok' in result && result.ok) redirect(303, back);
	return result;
}

export const actions: Actions = {
	request: async ({ request, locals, params }) => {
		const data = await request.formData();
		return andBack(await requestEvidence(locals.session.pb, params.org, data, messagesFor(locals.session.lang)), data, params.org);
	},
	move: async ({ request, locals, params }) => {
		const data = await request.formData();
		return andBack(
			await moveRequest(locals.session.pb, String(data.get('id') ?? ''), data, messagesFor(locals.session.lang)),
			data,
			params.org
		);
	}
};
