/** Validation of the incident forms: the incident, its severity record, a report draft, an information-sharing log entry. */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { jstInstant } from '../plans/exercises';
import { CAUSE_CASES } from './causes';
import { LIKELIHOODS, SITUATIONS } from './classification';
import { INCIDENT_LIMITS as L, INCIDENT_STATUSES, SHARING_PURPOSES, SHARING_SOURCES } from './facts';
import { SHARING_SCOPES } from './reporting-routes';
import { SEVERITY_LEVELS } from './severity';

const text = (m: Messages, max: number) => z.string().trim().max(max, m.errors.tooLong(max)).default('');
const required = (m: Messages, max: number) => text(m, max).pipe(z.string().min(1, m.errors.required));
const id = /^[a-z0-9]{15}$/;
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, m: Messages) =>
	z
		.string()
		.default('')
		.refine((v) => v === '' || (values as readonly string[]).includes(v), m.errors.choose);

/** A datetime-local value read in Japan time; '' allowed when optional. */
const instant = (m: Messages, optional: boolean) =>
	z
		.string()
		.trim()
		.default('')
		.transform((v, ctx) => {
			if (v === '' && optional) return '';
			const iso = jstInstant(v);
			if (!iso) {
				ctx.addIssue({ code: 'custom', message: m.plansExercises.dateTime });
				return z.NEVER;
			}
			return iso;
		});

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on');

export function incidentSchema(m: Messages) {
	return z.object({
		title: required(m, L.title),
		description: text(m, L.description),
		detected_at: instant(m, false),
		occurred_at: instant(m, true),
		services: z.array(z.string().regex(id, m.errors.choose)).default([]),
		systems: z.array(z.string().regex(id, m.errors.choose)).default([]),
		cause_case: optionalEnum(CAUSE_CASES, m),
		situation: optionalEnum(SITUATIONS, m),
		likelihood: optionalEnum(LIKELIHOODS, m),
		service_level_breached: checkbox,
		verification_level_breached: checkbox,
		breach_notes: text(m, L.breachNotes),
		status: z.enum(INCIDENT_STATUSES, { error: m.errors.choose }).default('open')
	});
}

const level = (m: Messages) =>
	z
		.string({ error: m.errors.choose })
		.refine((v) => v !== '' && (SEVERITY_LEVELS as readonly number[]).includes(Number(v)), m.errors.choose)
		.transform((v) => Number(v));

export function severitySchema(m: Messages) {
	return z.object({
		severity_continuity: level(m),
		severity_safety: level(m),
		severity_trust: level(m),
		severity_notes: text(m, L.severityNotes),
		lessons: text(m, L.lessons)
	});
}

export function reportSchema(m: Messages) {
	return z.object({
		contact_person: required(m, L.contactPerson),
		contact_means: required(m, L.contactMeans),
		reporter_unit: text(m, L.unit),
		summary: text(m, L.summary),
		impact: text(m, L.impact),
		cause_case: optionalEnum(CAUSE_CASES, m),
		situation: optionalEnum(SITUATIONS, m),
		likelihood: optionalEnum(LIKELIHOODS, m),
		actions_taken: text(m, L.actionsTaken),
		outlook: text(m, L.outlook),
		sharing_scope: z.enum(SHARING_SCOPES, { error: m.errors.choose }),
		sharing_conditions: text(m, L.conditions)
	});
}

export function sentSchema(m: Messages) {
	return z.object({ sent_at: instant(m, false), sent_via: required(m, L.sentVia) });
}

export function sharingSchema(m: Messages) {
	return z.object({
		received_at: instant(m, false),
		source: z.enum(SHARING_SOURCES, { error: m.errors.choose }),
		source_detail: text(m, L.logSourceDetail),
		title: required(m, L.logTitle),
		summary: text(m, L.logSummary),
		purposes: z.array(z.enum(SHARING_PURPOSES, { error: m.errors.choose })).min(1, m.plansIncidents.purposeRequired),
		actions: text(m, L.logActions),
		shared_with: text(m, L.sharedWith),
		incident: z
			.string()
			.default('')
			.refine((v) => v === '' || id.test(v), m.errors.choose)
	});
}
