/**
 * The content of one plan version: Markdown per section plus the structured
 * parts as real, typed fields. Stored as JSON on plan_versions.content (the
 * version is immutable once written: pb_hooks/plans.pb.js) and validated
 * here on every read and write; a record that does not parse is reported,
 * never rendered half. Pure.
 */
import { z } from 'zod';
import { CAUSE_CASES, type CauseCase } from '../incidents/causes';
import { SITUATIONS } from '../incidents/classification';
import { SHARING_SCOPES } from '../incidents/reporting-routes';
import type { Localized } from '../sectors';
import { MAX_DURATION_MINUTES } from './durations';
import { PLAN_TEMPLATES, type PlanKind } from './templates';

export const LIMITS = {
	body: 100_000,
	shortText: 2000,
	longText: 5000,
	name: 300,
	/** A dependency row's key ("dep:<id>") and owner. */
	key: 120,
	owner: 200,
	rows: 200
} as const;

const minutes = z.number().int().min(0).max(MAX_DURATION_MINUTES).nullable();
const recordId = z.string().regex(/^[a-z0-9]{15}$/);
const short = z.string().max(LIMITS.shortText);
const long = z.string().max(LIMITS.longText);
const isoDate = z.iso.date();

export const biaEntrySchema = z.strictObject({
	serviceId: recordId,
	serviceName: z.string().max(LIMITS.name),
	mtpdMinutes: minutes,
	rtoMinutes: minutes,
	rpoMinutes: minutes,
	minimumServiceLevel: short,
	notes: long
});

export const dependencyEntrySchema = z.strictObject({
	/** "dep:<id>" for dependencies from the profile's register. */
	key: z.string().min(1).max(LIMITS.key),
	label: z.string().max(LIMITS.name),
	fallback: long,
	/** How long the service holds without it. */
	toleranceMinutes: minutes,
	owner: z.string().max(LIMITS.owner)
});

export const escalationStepSchema = z.strictObject({
	trigger: short,
	notify: short,
	contactId: recordId.nullable(),
	withinMinutes: minutes
});

export const triageRowSchema = z.strictObject({
	situation: z.enum(SITUATIONS),
	firstResponse: long,
	decides: z.string().max(LIMITS.name),
	reportWithinMinutes: minutes
});

export const reportingSchema = z.strictObject({
	/** The contact person for the ministry (mandatory in a report, seed 001 別添 3(2)). */
	reporterContactId: recordId.nullable(),
	/** How the ministry can reach us during a failure (mandatory). */
	contactMeans: short,
	ministryContactId: recordId.nullable(),
	ceptoarContactId: recordId.nullable(),
	casesCovered: z.array(z.enum(CAUSE_CASES)).max(CAUSE_CASES.length),
	defaultScope: z.enum(SHARING_SCOPES).nullable(),
	anonymisation: long
});

export const csirtSchema = z.strictObject({
	leadContactId: recordId.nullable(),
	deputyContactId: recordId.nullable(),
	members: long,
	escalation: z.array(escalationStepSchema).max(LIMITS.rows)
});

const sectionsOf = (kind: PlanKind) =>
	z.strictObject(Object.fromEntries(PLAN_TEMPLATES[kind].map((s) => [s.key, z.strictObject({ body: z.string().max(LIMITS.body) })])));

export const bcpContentSchema = z.strictObject({
	schemaVersion: z.literal(1),
	kind: z.literal('bcp'),
	reviewBy: isoDate.nullable(),
	sections: sectionsOf('bcp'),
	bia: z.array(biaEntrySchema).max(LIMITS.rows),
	dependencies: z.array(dependencyEntrySchema).max(LIMITS.rows)
});

export const contingencyContentSchema = z.strictObject({
	schemaVersion: z.literal(1),
	kind: z.literal('contingency'),
	reviewBy: isoDate.nullable(),
	sections: sectionsOf('contingency'),
	csirt: csirtSchema,
	triage: z.array(triageRowSchema).max(SITUATIONS.length),
	reporting: reportingSchema
});

export const planContentSchema = z.discriminatedUnion('kind', [bcpContentSchema, contingencyContentSchema]);

export type BcpContent = z.infer<typeof bcpContentSchema>;
export type ContingencyContent = z.infer<typeof contingencyContentSchema>;
export type PlanContent = z.infer<typeof planContentSchema>;
export type DependencyEntry = z.infer<typeof dependencyEntrySchema>;
export type EscalationStep = z.infer<typeof escalationStepSchema>;
export type TriageRow = z.infer<typeof triageRowSchema>;
export type Reporting = z.infer<typeof reportingSchema>;

export type ParsedContent = { ok: true; content: PlanContent } | { ok: false; problem: string };

/** Parses stored content; `problem` names the first bad path for the page to show. */
export function parsePlanContent(value: unknown): ParsedContent {
	const result = planContentSchema.safeParse(value);
	if (result.success) return { ok: true, content: result.data };
	const issue = result.error.issues[0];
	return { ok: false, problem: `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` };
}

/** A critical service as the profile holds it. */
export interface ProfileService {
	id: string;
	name: string;
	serviceLevel: string;
	/** The longest outage the service level tolerates, in minutes (profile: the structured duration, else the maximum outage hours). */
	maxOutageMinutes: number | null;
	/** The profile says the sector's verification level is not about this service. */
	verificationExcluded: boolean;
}

/** An upstream dependency from the profile's register (operators and suppliers the systems rely on). */
export interface ProfileDependency {
	/** "dep:<dependencies record id>". */
	key: string;
	label: Localized;
	/** The fallback the register records, offered as the plan's starting text. */
	alternative: string;
}

export interface TemplateInput {
	lang: keyof Localized;
	services: ProfileService[];
	dependencies: ProfileDependency[];
}

/** A new plan, from the template: the outline of every section and one row per service and dependency. */
export function newPlanContent(kind: PlanKind, input: TemplateInput): PlanContent {
	const sections = Object.fromEntries(PLAN_TEMPLATES[kind].map((s) => [s.key, { body: s.starter[input.lang] }]));
	if (kind === 'bcp') {
		return {
			schemaVersion: 1,
			kind,
			reviewBy: null,
			sections,
			bia: input.services.map((s) => ({
				serviceId: s.id,
				serviceName: s.name,
				mtpdMinutes: null,
				rtoMinutes: null,
				rpoMinutes: null,
				minimumServiceLevel: '',
				notes: ''
			})),
			dependencies: input.dependencies.map((d) => ({
				key: d.key,
				label: d.label[input.lang],
				fallback: d.alternative,
				toleranceMinutes: null,
				owner: ''
			}))
		};
	}
	return {
		schemaVersion: 1,
		kind,
		reviewBy: null,
		sections,
		csirt: { leadContactId: null, deputyContactId: null, members: '', escalation: [] },
		triage: SITUATIONS.map((situation) => ({ situation, firstResponse: '', decides: '', reportWithinMinutes: null })),
		reporting: {
			reporterContactId: null,
			contactMeans: '',
			ministryContactId: null,
			ceptoarContactId: null,
			casesCovered: [...CAUSE_CASES] as CauseCase[],
			defaultScope: null,
			anonymisation: ''
		}
	};
}
