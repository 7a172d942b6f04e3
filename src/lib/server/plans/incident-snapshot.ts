/** Reads one report draft and everything it shows, once, with the user's token (domain/reports/plans/incident-snapshot.ts). */
import type PocketBase from 'pocketbase';
import type { IncidentReportSnapshot } from '$lib/domain/reports/plans/incident-snapshot';
import type { OrganisationRecord } from '$lib/server/records';
import { now } from '$lib/server/clock';
import type { IncidentRecord, IncidentReportRecord } from './incident-records';

/** PocketBase dates ("2026-11-20 01:12:00.000Z") as ISO instants; '' → null. */
export function isoOrNull(value: string): string | null {
	return value ? new Date(value.replace(' ', 'T')).toISOString() : null;
}

export function organisationPart(org: OrganisationRecord) {
	return {
		id: org.id,
		name: org.name,
		...(org.name_en ? { nameEn: org.name_en } : {}),
		sector: org.sector,
		fyStartMonth: org.fy_start_month
	};
}

export async function loadIncidentReportSnapshot(pb: PocketBase, reportId: string): Promise<IncidentReportSnapshot> {
	const report = await pb.collection('incident_reports').getOne<IncidentReportRecord>(reportId);
	const [incident, org, earlier, generatedAt] = await Promise.all([
		pb.collection('incidents').getOne<IncidentRecord>(report.incident, { expand: 'services,systems' }),
		pb.collection('organisations').getOne<OrganisationRecord>(report.organisation),
		pb.collection('incident_reports').getFullList<Pick<IncidentReportRecord, 'number' | 'sent_at'>>({
			filter: pb.filter('incident = {:i} && number < {:n}', { i: report.incident, n: report.number }),
			sort: 'number',
			fields: 'number,sent_at'
		}),
		now()
	]);
	const names = (list: unknown) => (Array.isArray(list) ? list.map((r: { name?: unknown }) => String(r.name ?? '')) : []);
	const expand = (incident.expand ?? {}) as Record<string, unknown>;
	return {
		schemaVersion: 1,
		organisation: organisationPart(org),
		incident: {
			id: incident.id,
			title: incident.title,
			detectedAt: isoOrNull(incident.detected_at) ?? generatedAt.toISOString(),
			occurredAt: isoOrNull(incident.occurred_at),
			services: names(expand.services),
			systems: names(expand.systems),
			serviceLevelBreached: incident.service_level_breached,
			verificationLevelBreached: incident.verification_level_breached,
			breachNotes: incident.breach_notes
		},
		report: {
			id: report.id,
			number: report.number,
			status: report.status,
			contactPerson: report.contact_person,
			contactMeans: report.contact_means,
			reporterUnit: report.reporter_unit,
			summary: report.summary,
			impact: report.impact,
			causeCase: report.cause_case || null,
			situation: report.situation || null,
			likelihood: report.likelihood || null,
			actionsTaken: report.actions_taken,
			outlook: report.outlook,
			sharingScope: report.sharing_scope,
			sharingConditions: report.sharing_conditions,
			sentAt: isoOrNull(report.sent_at),
			sentVia: report.sent_via,
			authorName: report.author_name,
			createdAt: isoOrNull(report.created) ?? generatedAt.toISOString()
		},
		previous: earlier.map((p) => ({ number: p.number, sentAt: isoOrNull(p.sent_at) })),
		generatedAt: generatedAt.toISOString()
	};
}
