import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { moveFinding } from '$lib/server/evidence/audit-actions';
import { findItemTitle, readScope, workspace } from '$lib/server/evidence/scope';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const answer = await readScope(locals.session.pb, params.grant);
	if (answer === 'ended') return { ended: true as const };
	const ws = workspace(answer, null, locals.session.lang, await now());
	const finding = ws.findings.find((f) => f.id === params.id);
	if (!finding) error(404, 'finding not in scope');
	const title = findItemTitle(workspace(answer, finding.target.id, locals.session.lang, await now()), finding.target, locals.session.lang);
	return {
		ended: false as const,
		ws: { grant: ws.grant, organisation: ws.organisation },
		finding,
		history: ws.events.filter((e) => e.finding === finding.id),
		target: title ? { title, href: '', locked: false } : null
	};
};

export const actions: Actions = {
	move: async ({ request, locals, params }) =>
		moveFinding(locals.session.pb, params.id, await request.formData(), messagesFor(locals.session.lang))
};
