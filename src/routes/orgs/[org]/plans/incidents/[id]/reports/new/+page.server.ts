import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { statusOf } from '$lib/server/pocketbase';
import type { IncidentRecord } from '$lib/server/plans/incident-records';
import { createReport, newReportValues } from '$lib/server/plans/incidents';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb, lang } = locals.session;
	let incident: IncidentRecord;
	try {
		incident = await pb.collection('incidents').getOne<IncidentRecord>(params.id);
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, messagesFor(lang).common.notFound);
	}
	if (incident.organisation !== params.org) error(404, messagesFor(lang).common.notFound);
	const count = await pb
		.collection('incident_reports')
		.getList(1, 1, { filter: pb.filter('incident = {:i}', { i: incident.id }), fields: 'id' });
	const values = await newReportValues(pb, params.org, incident);
	return { incident: { id: incident.id, title: incident.title }, number: count.totalItems + 1, values: values as Record<string, string> };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) =>
		createReport(locals.session.pb, params.org, params.id, await request.formData(), messagesFor(locals.session.lang))
};
