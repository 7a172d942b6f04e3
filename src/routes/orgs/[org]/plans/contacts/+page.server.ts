import { contactSchema } from '$lib/domain/plans/contacts';
import { messagesFor } from '$lib/i18n';
import { deleteFromForm, saveFromForm } from '$lib/server/crud';
import type { ContactRecord } from '$lib/server/plans/contact-records';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const contacts = await pb
		.collection('contacts')
		.getFullList<ContactRecord>({ filter: pb.filter('organisation = {:org}', { org: params.org }), sort: 'category,sort,name' });
	return { contacts };
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		return saveFromForm({
			pb: locals.session.pb,
			collection: 'contacts',
			schema: contactSchema(m),
			form,
			m,
			formName: `contact-${form.get('id') ?? ''}`,
			organisation: params.org
		});
	},
	delete: async ({ request, locals }) =>
		deleteFromForm(locals.session.pb, 'contacts', await request.formData(), messagesFor(locals.session.lang), 'contacts')
};
