import { messagesFor } from '$lib/i18n';
import { createIncident } from '$lib/server/plans/incidents';
import type { IncidentRecord, IncidentReportRecord } from '$lib/server/plans/incident-records';
import type { CriticalServiceRecord, ImportantSystemRecord } from '$lib/server/records';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const filter = pb.filter('organisation = {:org}', { org: params.org });
	const [incidents, reports, services, systems] = await Promise.all([
		pb.collection('incidents').getFullList<IncidentRecord>({
			filter,
			sort: '-detected_at',
			fields: 'id,title,detected_at,status,situation,likelihood,cause_case,severity_continuity,severity_safety,severity_assessed_at'
		}),
		pb
			.collection('incident_reports')
			.getFullList<Pick<IncidentReportRecord, 'id' | 'incident' | 'status'>>({ filter, fields: 'id,incident,status' }),
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter, sort: 'name', fields: 'id,name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter, sort: 'name', fields: 'id,name' })
	]);
	return {
		incidents: incidents.map((i) => ({ ...i, reports: reports.filter((r) => r.incident === i.id).length })),
		services,
		systems
	};
};

export const actions: Actions = {
	create: async ({ request, locals, params }) =>
		createIncident(locals.session.pb, params.org, await request.formData(), messagesFor(locals.session.lang))
};
