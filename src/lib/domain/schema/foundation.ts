/** Users, organisations, the audit trail and the organisation profile (pb_migrations/1763770000_foundation.js). */
import { SERVICE_LEVEL_LIMITS, SERVICE_LEVEL_UNITS } from '../risks/service-levels';
import { OPERATOR_CLASSES, SECTOR_CODES } from '../sectors';
import { LANGUAGES, MAX_PEOPLE } from './common';
import { json, number, relation, select, text, type CollectionFacts } from './fields';

export const USERS = {
	name: text(255),
	language: select(LANGUAGES)
} satisfies CollectionFacts;

export const ORGANISATIONS = {
	name: text(200, { min: 1, required: true }),
	name_en: text(200),
	sector: select(SECTOR_CODES, { required: true }),
	operator_class: select(OPERATOR_CLASSES, { required: true }),
	fy_start_month: number(1, 12, { onlyInt: true, required: true }),
	admins: relation(MAX_PEOPLE, { minSelect: 1, required: true }),
	security_team: relation(MAX_PEOPLE),
	executives: relation(MAX_PEOPLE),
	auditors: relation(MAX_PEOPLE),
	members: relation(MAX_PEOPLE)
} satisfies CollectionFacts;

/** What the audit trail records: changes, and an auditor's view under a grant (pb_hooks/audit-scope.pb.js). */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'view'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_LOG = {
	organisation: relation(1),
	actor: relation(1),
	actor_label: text(300),
	collection: text(100, { required: true }),
	record_id: text(50, { required: true }),
	action: select(AUDIT_ACTIONS, { required: true }),
	/** The changed fields before/after; large values are stored as a digest (pb_hooks/lib/audit.js). */
	changes: json(2_000_000)
} satisfies CollectionFacts;

export const CRITICAL_SERVICES = {
	organisation: relation(1, { required: true }),
	name: text(200, { min: 1, required: true }),
	description: text(20_000),
	service_level: text(2_000),
	max_outage_hours: number(0, 8760),
	owner: text(200),
	// the structured service level (pb_migrations/1764300000_profile_dependencies.js, domain/risks/service-levels.ts)
	sl_quantity: number(0, SERVICE_LEVEL_LIMITS.quantity),
	sl_unit: select(SERVICE_LEVEL_UNITS),
	sl_duration_minutes: number(0, SERVICE_LEVEL_LIMITS.durationMinutes),
	sl_population: number(0, SERVICE_LEVEL_LIMITS.population, { onlyInt: true })
} satisfies CollectionFacts;

export const IMPORTANT_SYSTEMS = {
	organisation: relation(1, { required: true }),
	name: text(200, { min: 1, required: true }),
	description: text(20_000),
	services: relation(999),
	owner: text(200)
} satisfies CollectionFacts;
