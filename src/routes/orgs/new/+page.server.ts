import { redirect } from '@sveltejs/kit';
import { organisationSchema } from '$lib/domain/organisation';
import { messagesFor } from '$lib/i18n';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import type { OrganisationRecord } from '$lib/server/records';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.session.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { pb, user, lang } = locals.session;
		if (!user) redirect(303, '/login');
		const m = messagesFor(lang);
		const parsed = parseForm(organisationSchema(m), await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, parsed.values);
		let created: OrganisationRecord;
		try {
			created = await pb.collection('organisations').create<OrganisationRecord>({ ...parsed.data, admins: [user.id] });
		} catch (error) {
			return rejected(error, m, parsed.values);
		}
		redirect(303, `/orgs/${created.id}/profile`);
	}
};
