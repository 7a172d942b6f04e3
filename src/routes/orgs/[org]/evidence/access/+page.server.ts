import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { changeGrant, grantAccess, grantsOf } from '$lib/server/evidence/grants';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { permissions } = await parent();
	const at = await now();
	return {
		grants: permissions.manageMembers ? await grantsOf(locals.session.pb, params.org, at) : [],
		today: at.toISOString().slice(0, 10)
	};
};

export const actions: Actions = {
	grant: async ({ request, locals, params }) =>
		grantAccess(locals.session.pb, params.org, await request.formData(), messagesFor(locals.session.lang)),
	change: async ({ request, locals }) => changeGrant(locals.session.pb, await request.formData(), messagesFor(locals.session.lang))
};
