import { redirect } from '@sveltejs/kit';
import { identificationSchema } from '$lib/domain/risks/forms';
import { threatValue } from '$lib/domain/risks/threat-catalogue';
import { messagesFor } from '$lib/i18n';
import { invalid, parseForm } from '$lib/server/forms';
import { fieldErrors } from '$lib/server/pocketbase';
import type { CriticalServiceRecord, DependencyRecord, ImportantSystemRecord } from '$lib/server/records';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const filter = pb.filter('organisation = {:org}', { org: params.org });
	const [services, systems, dependencies] = await Promise.all([
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('dependencies').getFullList<DependencyRecord>({ filter, sort: 'name', fields: 'id,name' })
	]);
	return { services, systems, dependencies };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(identificationSchema(m), await request.formData(), ['services', 'systems', 'dependencies']);
		if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'risk');
		let id: string;
		try {
			const created = await locals.session.pb
				.collection('risks')
				.create({ ...parsed.data, threat: threatValue(parsed.data.threat), organisation: params.org, status: 'open' });
			id = created.id;
		} catch (error) {
			const errors = fieldErrors(error);
			return invalid(Object.keys(errors).length ? errors : { _form: m.errors.unknown }, parsed.values, 'risk');
		}
		redirect(303, `/orgs/${params.org}/risks/${id}`);
	}
};
