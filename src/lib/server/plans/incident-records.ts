import type { RecordModel } from 'pocketbase';
import type { CauseCase } from '$lib/domain/incidents/causes';
import type { Likelihood, Situation } from '$lib/domain/incidents/classification';
import type { IncidentReportStatus, IncidentStatus, SharingPurpose, SharingSource } from '$lib/domain/incidents/facts';
import type { SharingScope } from '$lib/domain/incidents/reporting-routes';

export interface IncidentRecord extends RecordModel {
	organisation: string;
	title: string;
	description: string;
	detected_at: string;
	occurred_at: string;
	services: string[];
	systems: string[];
	cause_case: CauseCase | '';
	situation: Situation | '';
	likelihood: Likelihood | '';
	service_level_breached: boolean;
	verification_level_breached: boolean;
	breach_notes: string;
	status: IncidentStatus;
	closed_at: string;
	/** 0 when never set: PocketBase stores numbers; severity_assessed_at tells whether they were assessed. */
	severity_continuity: number;
	severity_safety: number;
	severity_trust: number;
	severity_notes: string;
	severity_assessed_at: string;
	lessons: string;
	created: string;
	updated: string;
}

export interface IncidentReportRecord extends RecordModel {
	organisation: string;
	incident: string;
	number: number;
	status: IncidentReportStatus;
	contact_person: string;
	contact_means: string;
	reporter_unit: string;
	summary: string;
	impact: string;
	cause_case: CauseCase | '';
	situation: Situation | '';
	likelihood: Likelihood | '';
	actions_taken: string;
	outlook: string;
	sharing_scope: SharingScope;
	sharing_conditions: string;
	sent_at: string;
	sent_via: string;
	author: string;
	author_name: string;
	created: string;
	updated: string;
}

export interface SharingLogRecord extends RecordModel {
	organisation: string;
	received_at: string;
	source: SharingSource;
	source_detail: string;
	title: string;
	summary: string;
	purposes: SharingPurpose[];
	actions: string;
	shared_with: string;
	incident: string;
	created: string;
}
