/** Incidents, their information-reporting drafts and the sharing log (pb_migrations/1764520000_incidents.js); values from domain/incidents. */
import { CAUSE_CASES } from '../incidents/causes';
import { LIKELIHOODS, SITUATIONS } from '../incidents/classification';
import { INCIDENT_LIMITS as L, INCIDENT_STATUSES, REPORT_STATUSES, SHARING_PURPOSES, SHARING_SOURCES } from '../incidents/facts';
import { SHARING_SCOPES } from '../incidents/reporting-routes';
import { SEVERITY_LEVELS } from '../incidents/severity';
import { number, relation, select, text, type CollectionFacts } from './fields';

/** A severity reading 0–4 on one viewpoint (domain/incidents/severity.ts). */
const severity = () => number(SEVERITY_LEVELS[0], SEVERITY_LEVELS[SEVERITY_LEVELS.length - 1], { onlyInt: true });
const classification = () => ({
	cause_case: select(CAUSE_CASES),
	situation: select(SITUATIONS),
	likelihood: select(LIKELIHOODS)
});

export const INCIDENTS = {
	organisation: relation(1, { required: true }),
	title: text(L.title, { min: 1, required: true }),
	description: text(L.description),
	services: relation(999),
	systems: relation(999),
	...classification(),
	breach_notes: text(L.breachNotes),
	status: select(INCIDENT_STATUSES, { required: true }),
	severity_continuity: severity(),
	severity_safety: severity(),
	severity_trust: severity(),
	severity_notes: text(L.severityNotes),
	lessons: text(L.lessons)
} satisfies CollectionFacts;

export const INCIDENT_REPORTS = {
	organisation: relation(1, { required: true }),
	incident: relation(1, { required: true }),
	number: number(1, 1000, { onlyInt: true }),
	status: select(REPORT_STATUSES, { required: true }),
	contact_person: text(L.contactPerson, { min: 1, required: true }),
	contact_means: text(L.contactMeans, { min: 1, required: true }),
	reporter_unit: text(L.unit),
	summary: text(L.summary),
	impact: text(L.impact),
	...classification(),
	actions_taken: text(L.actionsTaken),
	outlook: text(L.outlook),
	sharing_scope: select(SHARING_SCOPES, { required: true }),
	sharing_conditions: text(L.conditions),
	sent_via: text(L.sentVia),
	author: relation(1),
	author_name: text(200)
} satisfies CollectionFacts;

export const SHARING_LOG = {
	organisation: relation(1, { required: true }),
	source: select(SHARING_SOURCES, { required: true }),
	source_detail: text(L.logSourceDetail),
	title: text(L.logTitle, { min: 1, required: true }),
	summary: text(L.logSummary),
	purposes: select(SHARING_PURPOSES, { maxSelect: SHARING_PURPOSES.length, required: true }),
	actions: text(L.logActions),
	shared_with: text(L.sharedWith),
	incident: relation(1)
} satisfies CollectionFacts;
