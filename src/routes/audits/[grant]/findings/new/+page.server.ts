import { error, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { raiseFinding } from '$lib/server/evidence/audit-actions';
import { organisationOf } from '$lib/server/evidence/holder';
import { findItemTitle, readScope, workspace } from '$lib/server/evidence/scope';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const answer = await readScope(locals.session.pb, params.grant);
	if (answer === 'ended') return { ended: true as const };
	const ws = workspace(answer, url.searchParams.get('target_id'), locals.session.lang, await now());
	const target = {
		type: url.searchParams.get('target_type') ?? '',
		id: url.searchParams.get('target_id') ?? '',
		part: url.searchParams.get('target_part') ?? ''
	};
	const title = findItemTitle(ws, target, locals.session.lang);
	if (!title) error(404, 'not in scope');
	return { ended: false as const, ws: { grant: ws.grant, organisation: ws.organisation }, target, title };
};

export const actions: Actions = {
	raise: async ({ request, locals, params }) => {
		const form = await request.formData();
		const result = await raiseFinding(locals.session.pb, organisationOf(form), form, messagesFor(locals.session.lang));
		if ('id' in result && result.id) redirect(303, `/audits/${params.grant}/findings/${result.id}`);
		return result;
	}
};
