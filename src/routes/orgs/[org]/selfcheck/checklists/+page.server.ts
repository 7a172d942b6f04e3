import { messagesFor } from '$lib/i18n';
import { catalogue } from '$lib/server/selfcheck/catalogue';
import { importChecklist } from '$lib/server/selfcheck/import';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	return catalogue(locals.session.pb, params.org, org.sector, org.operator_class);
};

export const actions: Actions = {
	import: async ({ request, locals, params }) =>
		importChecklist({ pb: locals.session.pb, orgId: params.org, form: await request.formData(), m: messagesFor(locals.session.lang) })
};
