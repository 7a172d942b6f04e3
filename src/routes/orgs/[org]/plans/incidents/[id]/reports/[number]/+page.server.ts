import { error, redirect } from '@sveltejs/kit';
import { refuseDeleteUnlessSecurity } from '$lib/server/delete-role';
import { messagesFor } from '$lib/i18n';
import { invalid } from '$lib/server/forms';
import { statusOf } from '$lib/server/pocketbase';
import type { IncidentRecord, IncidentReportRecord } from '$lib/server/plans/incident-records';
import { markSent, saveReport } from '$lib/server/plans/incidents';
import { now } from '$lib/server/clock';
import { jstLocalInput } from '$lib/domain/plans/exercises';
import type PocketBase from 'pocketbase';
import type { Actions, PageServerLoad } from './$types';

async function find(pb: PocketBase, incident: string, number: string): Promise<IncidentReportRecord | null> {
	if (!/^\d{1,4}$/.test(number)) return null;
	const list = await pb
		.collection('incident_reports')
		.getList<IncidentReportRecord>(1, 1, { filter: pb.filter('incident = {:i} && number = {:n}', { i: incident, n: Number(number) }) });
	return list.items[0] ?? null;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb, lang } = locals.session;
	const m = messagesFor(lang);
	let incident: IncidentRecord;
	try {
		incident = await pb.collection('incidents').getOne<IncidentRecord>(params.id, { fields: 'id,title,organisation' });
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, m.common.notFound);
	}
	const report = await find(pb, incident.id, params.number);
	if (!report || incident.organisation !== params.org) error(404, m.common.notFound);
	return { incident: { id: incident.id, title: incident.title }, report, nowLocal: jstLocalInput((await now()).toISOString()) };
};

async function withReport(pb: PocketBase, params: { id: string; number: string }, m: ReturnType<typeof messagesFor>) {
	const report = await find(pb, params.id, params.number);
	if (!report) error(404, m.common.notFound);
	return report;
}

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const report = await withReport(locals.session.pb, params, m);
		return saveReport(locals.session.pb, report.id, await request.formData(), m);
	},
	sent: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const report = await withReport(locals.session.pb, params, m);
		return markSent(locals.session.pb, report.id, await request.formData(), m);
	},
	delete: async ({ locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const report = await withReport(locals.session.pb, params, m);
		const refused = await refuseDeleteUnlessSecurity(locals.session.pb, params.org, m, 'delete');
		if (refused) return refused;
		try {
			await locals.session.pb.collection('incident_reports').delete(report.id);
		} catch (err) {
			if (statusOf(err) === null) throw err;
			return invalid({ _form: m.plansIncidents.report.locked }, {}, 'delete');
		}
		redirect(303, `/orgs/${params.org}/plans/incidents/${params.id}`);
	}
};
