import { redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { moveRequest, requestEvidence } from '$lib/server/evidence/audit-actions';
import { organisationOf } from '$lib/server/evidence/holder';
import { readScope, workspace } from '$lib/server/evidence/scope';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const answer = await readScope(locals.session.pb, params.grant);
	if (answer === 'ended') return { ended: true as const };
	return { ended: false as const, ws: workspace(answer, null, locals.session.lang, await now()) };
};

export const actions: Actions = {
	request: async ({ request, locals, params }) => {
		const form = await request.formData();
		const result = await requestEvidence(locals.session.pb, organisationOf(form), form, messagesFor(locals.session.lang));
		const back = String(form.get('back') ?? '');
		if ('ok' in result && result.ok && back.startsWith(`/audits/${params.grant}`)) redirect(303, back);
		return result;
	},
	move: async ({ request, locals }) => {
		const form = await request.formData();
		return moveRequest(locals.session.pb, String(form.get('id') ?? ''), form, messagesFor(locals.session.lang));
	}
};
