import { SHARING_PURPOSES, type SharingPurpose } from '$lib/domain/incidents/facts';
import { sharingSchema } from '$lib/domain/incidents/schema';
import { messagesFor } from '$lib/i18n';
import { saveFromForm } from '$lib/server/crud';
import { deleteRecord } from '$lib/server/plans/actions';
import type { IncidentRecord, SharingLogRecord } from '$lib/server/plans/incident-records';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { pb } = locals.session;
	const raw = url.searchParams.get('purpose') ?? '';
	const purpose = (SHARING_PURPOSES as readonly string[]).includes(raw) ? (raw as SharingPurpose) : null;
	const filter = purpose
		? pb.filter('organisation = {:org} && purposes ~ {:p}', { org: params.org, p: purpose })
		: pb.filter('organisation = {:org}', { org: params.org });
	const [entries, incidents] = await Promise.all([
		pb.collection('sharing_log').getFullList<SharingLogRecord>({ filter, sort: '-received_at' }),
		pb.collection('incidents').getFullList<Pick<IncidentRecord, 'id' | 'title'>>({
			filter: pb.filter('organisation = {:org}', { org: params.org }),
			sort: '-detected_at',
			fields: 'id,title'
		})
	]);
	return { entries, incidents, purpose };
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		return saveFromForm({
			pb: locals.session.pb,
			collection: 'sharing_log',
			schema: sharingSchema(m),
			form,
			m,
			formName: `sharing-${form.get('id') ?? ''}`,
			organisation: params.org,
			arrays: ['purposes']
		});
	},
	delete: async ({ request, locals }) =>
		deleteRecord(locals.session.pb, 'sharing_log', await request.formData(), messagesFor(locals.session.lang), 'sharing')
};
