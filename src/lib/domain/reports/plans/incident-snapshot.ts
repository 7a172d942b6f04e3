/**
 * The snapshot of one information report (情報連絡) draft: everything its
 * PDF and its plain-text export show, read once. Plain JSON only.
 */
import { z } from 'zod';
import { CAUSE_CASES } from '../../incidents/causes';
import { LIKELIHOODS, SITUATIONS } from '../../incidents/classification';
import { REPORT_STATUSES } from '../../incidents/facts';
import { SHARING_SCOPES } from '../../incidents/reporting-routes';
import { id, instant, organisationPartSchema } from './common';

export const incidentReportSnapshotSchema = z.strictObject({
	schemaVersion: z.literal(1),
	organisation: organisationPartSchema,
	incident: z.strictObject({
		id,
		title: z.string().min(1),
		detectedAt: instant,
		occurredAt: instant.nullable(),
		services: z.array(z.string()),
		systems: z.array(z.string()),
		serviceLevelBreached: z.boolean(),
		verificationLevelBreached: z.boolean(),
		breachNotes: z.string()
	}),
	report: z.strictObject({
		id,
		number: z.number().int().min(1),
		status: z.enum(REPORT_STATUSES),
		contactPerson: z.string().min(1),
		contactMeans: z.string().min(1),
		reporterUnit: z.string(),
		summary: z.string(),
		impact: z.string(),
		causeCase: z.enum(CAUSE_CASES).nullable(),
		situation: z.enum(SITUATIONS).nullable(),
		likelihood: z.enum(LIKELIHOODS).nullable(),
		actionsTaken: z.string(),
		outlook: z.string(),
		sharingScope: z.enum(SHARING_SCOPES),
		sharingConditions: z.string(),
		sentAt: instant.nullable(),
		sentVia: z.string(),
		authorName: z.string(),
		createdAt: instant
	}),
	/** The earlier reports of the incident, oldest first. */
	previous: z.array(z.strictObject({ number: z.number().int().min(1), sentAt: instant.nullable() })),
	generatedAt: instant
});

export type IncidentReportSnapshot = z.infer<typeof incidentReportSnapshotSchema>;

export function parseIncidentReportSnapshot(input: unknown): IncidentReportSnapshot {
	return incidentReportSnapshotSchema.parse(input);
}
