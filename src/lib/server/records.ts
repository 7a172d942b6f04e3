/** Shapes of the PocketBase records the app reads (schema: pb_migrations). */
import type { RecordModel } from 'pocketbase';
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
}

export interface ImportantSystemRecord extends RecordModel {
	organisation: string;
	name: string;
	description: string;
	services: string[];
	depends_on: string[];
	owner: string;
}

export interface AuditEntryRecord extends RecordModel {
	organisation: string;
	actor: string;
	actor_label: string;
	collection: string;
	record_id: string;
	action: 'create' | 'update' | 'delete';
	changes: Record<string, { before: unknown; after: unknown }>;
	created: string;
}
