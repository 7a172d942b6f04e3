/** Shapes of the PocketBase records the app reads (schema: pb_migrations). */
import type { RecordModel } from 'pocketbase';
import type { DependencyCategory, DependencyDirection } from '$lib/domain/risks/dependencies';
import type { AuditAction } from '$lib/domain/schema';
import type { OperatorClass, SectorCode } from '$lib/domain/sectors';

export interface OrganisationRecord extends RecordModel {
	name: string;
	name_en: string;
	sector: SectorCode;
	operator_class: OperatorClass;
	fy_start_month: number;
	admins: string[];
	security_team: string[];
	executives: string[];
	auditors: string[];
	members: string[];
	created: string;
	updated: string;
}

export interface UserRecord extends RecordModel {
	email: string;
	name: string;
	language: 'ja' | 'en' | '';
}

export interface CriticalServiceRecord extends RecordModel {
	organisation: string;
	name: string;
	description: string;
	service_level: string;
	max_outage_hours: number | null;
	owner: string;
	/** Structured service level (0 / '' = not stated): see domain/risks/service-levels.ts. */
	sl_quantity: number;
	sl_unit: string;
	sl_duration_minutes: number;
	sl_population: number;
	/** The sector's verification level is not about this service. */
	sl_vl_excluded: boolean;
}

export interface ImportantSystemRecord extends RecordModel {
	organisation: string;
	name: string;
	description: string;
	services: string[];
	owner: string;
}

export interface DependencyRecord extends RecordModel {
	organisation: string;
	name: string;
	direction: DependencyDirection;
	category: DependencyCategory;
	sector: string;
	supplies: string;
	systems: string[];
	services: string[];
	alternative: string;
	contact: string;
	notes: string;
}

export interface AuditEntryRecord extends RecordModel {
	organisation: string;
	actor: string;
	actor_label: string;
	collection: string;
	record_id: string;
	action: AuditAction;
	changes: Record<string, { before: unknown; after: unknown }>;
	created: string;
}
