/**
 * Incidents and their report drafts, with the user's token: saving the
 * incident, the severity record, a report draft (prefilled from the
 * contingency plan and the previous report), and recording that it was sent.
 */
import { redirect } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import type { z } from 'zod';
import { contactLabel } from '$lib/domain/plans/contacts';
import { incidentSchema, reportSchema, sentSchema, severitySchema } from '$lib/domain/incidents/schema';
import type { Messages } from '$lib/i18n';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import { statusOf } from '$lib/server/pocketbase';
import type { ContactRecord } from './contact-records';
import type { IncidentRecord, IncidentReportRecord } from './incident-records';
import { findPlan, loadPlanState } from './versions';

async function attempt(formName: string, values: Record<string, string | string[]>, m: Messages, call: () => Promise<unknown>) {
	try {
		await call();
	} catch (error) {
		return rejected(error, m, values, formName);
	}
	return null;
}

export async function createIncident(pb: PocketBase, org: string, form: FormData, m: Messages) {
	const parsed = parseForm(incidentSchema(m), form, ['services', 'systems']);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'incident-');
	let id = '';
	const failed = await attempt('incident-', parsed.values, m, async () => {
		id = (await pb.collection('incidents').create({ ...parsed.data, organisation: org })).id;
	});
	if (failed) return failed;
	redirect(303, `/orgs/${org}/plans/incidents/${id}`);
}

export async function updateIncident(pb: PocketBase, id: string, form: FormData, m: Messages) {
	const parsed = parseForm(incidentSchema(m), form, ['services', 'systems']);
	const formName = `incident-${id}`;
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, formName);
	return (await attempt(formName, parsed.values, m, () => pb.collection('incidents').update(id, parsed.data))) ?? { saved: formName };
}

export async function saveSeverity(pb: PocketBase, id: string, form: FormData, m: Messages) {
	const parsed = parseForm(severitySchema(m), form);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'severity');
	return (await attempt('severity', parsed.values, m, () => pb.collection('incidents').update(id, parsed.data))) ?? { saved: 'severity' };
}

/** The starting values of a new report: the previous report, else the incident and the contingency plan's reporting part. */
export async function newReportValues(
	pb: PocketBase,
	org: string,
	incident: IncidentRecord
): Promise<z.input<ReturnType<typeof reportSchema>>> {
	const previous = await pb.collection('incident_reports').getList<IncidentReportRecord>(1, 1, {
		filter: pb.filter('incident = {:i}', { i: incident.id }),
		sort: '-number'
	});
	const last = previous.items[0];
	if (last) {
		const { contact_person, contact_means, reporter_unit, summary, impact, actions_taken, outlook, sharing_scope, sharing_conditions } =
			last;
		return {
			contact_person,
			contact_means,
			reporter_unit,
			summary,
			impact,
			actions_taken,
			outlook,
			sharing_scope,
			sharing_conditions,
			cause_case: incident.cause_case,
			situation: incident.situation,
			likelihood: incident.likelihood
		};
	}
	const state = (await findPlan(pb, org, 'contingency')) ? await loadPlanState(pb, org, 'contingency') : null;
	const plan = state?.approved?.parsed.ok ? state.approved.parsed.content : state?.latest?.parsed.ok ? state.latest.parsed.content : null;
	const reporting = plan?.kind === 'contingency' ? plan.reporting : null;
	let person = '';
	if (reporting?.reporterContactId) {
		try {
			person = contactLabel(await pb.collection('contacts').getOne<ContactRecord>(reporting.reporterContactId));
		} catch (error) {
			if (statusOf(error) === null) throw error;
		}
	}
	return {
		contact_person: person,
		contact_means: reporting?.contactMeans ?? '',
		summary: incident.description,
		sharing_scope: reporting?.defaultScope ?? 'government_only',
		sharing_conditions: reporting?.anonymisation ?? '',
		cause_case: incident.cause_case,
		situation: incident.situation,
		likelihood: incident.likelihood
	};
}

/** Creates the next numbered report (first report or update) from its form and opens it. */
export async function createReport(pb: PocketBase, org: string, incident: string, form: FormData, m: Messages) {
	const parsed = parseForm(reportSchema(m), form);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'report');
	let number = 0;
	const failed = await attempt('report', parsed.values, m, async () => {
		number = (
			await pb.collection('incident_reports').create<IncidentReportRecord>({ ...parsed.data, organisation: org, incident, status: 'draft' })
		).number;
	});
	if (failed) return failed;
	redirect(303, `/orgs/${org}/plans/incidents/${incident}/reports/${number}`);
}

export async function saveReport(pb: PocketBase, id: string, form: FormData, m: Messages) {
	const parsed = parseForm(reportSchema(m), form);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'report');
	return (
		(await attempt('report', parsed.values, m, () => pb.collection('incident_reports').update(id, parsed.data))) ?? { saved: 'report' }
	);
}

export async function markSent(pb: PocketBase, id: string, form: FormData, m: Messages) {
	const parsed = parseForm(sentSchema(m), form);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, 'sent');
	return (
		(await attempt('sent', parsed.values, m, () => pb.collection('incident_reports').update(id, { ...parsed.data, status: 'sent' }))) ?? {
			saved: 'sent'
		}
	);
}
