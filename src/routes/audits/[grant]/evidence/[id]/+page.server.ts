import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { recordReview } from '$lib/server/evidence/audit-actions';
import { organisationOf } from '$lib/server/evidence/holder';
import { readScope, workspace } from '$lib/server/evidence/scope';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const answer = await readScope(locals.session.pb, params.grant);
	if (answer === 'ended') return { ended: true as const };
	const ws = workspace(answer, null, locals.session.lang, await now());
	const entry = ws.evidence[params.id];
	if (!entry) error(404, 'evidence not in scope');
	const findings = ws.findings.filter((f) => f.target.type === 'evidence' && f.target.id === params.id);
	return { ended: false as const, ws: { grant: ws.grant, organisation: ws.organisation }, entry, findings };
};

export const actions: Actions = {
	review: async ({ request, locals }) => {
		const form = await request.formData();
		return recordReview(locals.session.pb, organisationOf(form), form, messagesFor(locals.session.lang));
	}
};
