import { error, redirect } from '@sveltejs/kit';
import { refuseDeleteUnlessSecurity } from '$lib/server/delete-role';
import { INCIDENT_TIMELINE_KINDS } from '$lib/domain/plans/exercises';
import { sectorReporting } from '$lib/domain/incidents/reporting-routes';
import { messagesFor } from '$lib/i18n';
import { invalid } from '$lib/server/forms';
import { now } from '$lib/server/clock';
import { statusOf } from '$lib/server/pocketbase';
import { actionViews, checklistItems, timelineAndActionActions } from '$lib/server/plans/actions';
import type { ActionRecord, TimelineRecord } from '$lib/server/plans/exercise-records';
import type { IncidentRecord, IncidentReportRecord } from '$lib/server/plans/incident-records';
import { saveSeverity, updateIncident } from '$lib/server/plans/incidents';
import { riskOptions } from '$lib/server/plans/risk-options';
import type { CriticalServiceRecord, ImportantSystemRecord } from '$lib/server/records';
import { renderMarkdown } from '$lib/server/selfcheck/markdown';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	const { pb, lang } = locals.session;
	let incident: IncidentRecord;
	try {
		incident = await pb.collection('incidents').getOne<IncidentRecord>(params.id);
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, messagesFor(lang).common.notFound);
	}
	if (incident.organisation !== params.org) error(404, messagesFor(lang).common.notFound);
	const byIncident = pb.filter('incident = {:id}', { id: incident.id });
	const byOrg = pb.filter('organisation = {:org}', { org: params.org });
	const [entries, actions, reports, services, systems, items, today, risks] = await Promise.all([
		pb.collection('timeline_entries').getFullList<TimelineRecord>({ filter: byIncident, sort: 'at,created' }),
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter: byIncident, sort: 'created' }),
		pb.collection('incident_reports').getFullList<IncidentReportRecord>({ filter: byIncident, sort: 'number' }),
		pb.collection('critical_services').getFullList<CriticalServiceRecord>({ filter: byOrg, sort: 'name', fields: 'id,name' }),
		pb.collection('important_systems').getFullList<ImportantSystemRecord>({ filter: byOrg, sort: 'name', fields: 'id,name' }),
		checklistItems(pb, params.org, lang),
		now(),
		riskOptions(pb, params.org)
	]);
	return {
		incident,
		descriptionHtml: renderMarkdown(incident.description),
		lessonsHtml: renderMarkdown(incident.lessons),
		entries,
		actions: actionViews(actions, items, today, risks),
		risks,
		reports,
		services,
		systems,
		route: sectorReporting(org.sector)
	};
};

export const actions: Actions = {
	update: async ({ request, locals, params }) =>
		updateIncident(locals.session.pb, params.id, await request.formData(), messagesFor(locals.session.lang)),
	severity: async ({ request, locals, params }) =>
		saveSeverity(locals.session.pb, params.id, await request.formData(), messagesFor(locals.session.lang)),
	delete: async ({ locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const refused = await refuseDeleteUnlessSecurity(locals.session.pb, params.org, m, 'incident-delete');
		if (refused) return refused;
		try {
			await locals.session.pb.collection('incidents').delete(params.id);
		} catch (err) {
			if (statusOf(err) === null) throw err;
			return invalid({ _form: m.plansIncidents.deleteConfirm }, {}, 'incident-delete');
		}
		redirect(303, `/orgs/${params.org}/plans/incidents`);
	},
	...timelineAndActionActions(INCIDENT_TIMELINE_KINDS)
};
