import { dependencySchema } from '$lib/domain/risks/dependencies';
import { organisationSchema, serviceSchema, systemSchema } from '$lib/domain/organisation';
import { messagesFor } from '$lib/i18n';
import { deleteFromForm, saveFromForm } from '$lib/server/crud';
import { invalid, parseForm } from '$lib/server/forms';
import { fieldErrors } from '$lib/server/pocketbase';
import type { CriticalServiceRecord, DependencyRecord, ImportantSystemRecord } from '$lib/server/records';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const filter = pb.filter('organisation = {:org}', { org: params.org });
	const [services, systems, dependencies] = await Promise.all([
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name' }),
		pb.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'name' })
	]);
	return { services, systems, dependencies };
};

export const actions: Actions = {
	profile: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(organisationSchema(m), await request.formData());
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'profile');
		try {
			await locals.session.pb.collection('organisations').update(params.org, parsed.data);
		} catch (error) {
			const errors = fieldErrors(error);
			return invalid(Object.keys(errors).length ? errors : { _form: m.common.forbidden }, parsed.values, 'profile');
		}
		return { saved: 'profile' };
	},
	service: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const schema = serviceSchema(m);
		return saveFromForm({
			pb: locals.session.pb,
			collection: 'critical_services',
			schema,
			form,
			m,
			formName: `service-${form.get('id') ?? ''}`,
			organisation: params.org
		});
	},
	deleteService: async ({ request, locals }) =>
		deleteFromForm(locals.session.pb, 'critical_services', await request.formData(), messagesFor(locals.session.lang), 'services'),
	system: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const schema = systemSchema(m);
		return saveFromForm({
			pb: locals.session.pb,
			collection: 'important_systems',
			schema,
			form,
			m,
			formName: `system-${form.get('id') ?? ''}`,
			organisation: params.org,
			arrays: ['services']
		});
	},
	deleteSystem: async ({ request, locals }) =>
		deleteFromForm(locals.session.pb, 'important_systems', await request.formData(), messagesFor(locals.session.lang), 'systems'),
	dependency: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const kind = form.get('direction') === 'downstream' ? 'dependent' : 'dependency';
		return saveFromForm({
			pb: locals.session.pb,
			collection: 'dependencies',
			schema: dependencySchema(m),
			form,
			m,
			formName: `${kind}-${form.get('id') ?? ''}`,
			organisation: params.org,
			arrays: ['systems', 'services']
		});
	},
	deleteDependency: async ({ request, locals }) =>
		deleteFromForm(locals.session.pb, 'dependencies', await request.formData(), messagesFor(locals.session.lang), 'dependencies')
};
