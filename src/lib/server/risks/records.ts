/** Shapes of the risk records in PocketBase (schema: pb_migrations/17643*.js) and their domain views. */
import type { RecordModel } from 'pocketbase';
import type { AcceptanceInput, AcceptanceStatus } from '$lib/domain/risks/acceptance';
import type { ActionStatus } from '$lib/domain/risks/forms';
import type { RiskInput, RiskStatus, TreatmentOption } from '$lib/domain/risks/register';
import type { RiskCategory } from '$lib/domain/risks/threat-catalogue';
import type { Rating } from '$lib/domain/risks/versions';

export interface RiskRecord extends RecordModel {
	organisation: string;
	ref: string;
	title: string;
	scenario: string;
	category: RiskCategory;
	threat: string;
	services: string[];
	systems: string[];
	dependencies: string[];
	owner: string;
	status: RiskStatus;
	closed_reason: string;
	criteria: string;
	inherent_likelihood: number;
	inherent_impact: number;
	current_likelihood: number;
	current_impact: number;
	target_likelihood: number;
	target_impact: number;
	controls: string;
	control_items: string[] | null;
	treatment: TreatmentOption | '';
	treatment_plan: string;
	candidate_keys: string[] | null;
	reviewed_at: string;
	created: string;
	updated: string;
}

export interface ActionRecord extends RecordModel {
	organisation: string;
	risk: string;
	title: string;
	description: string;
	owner: string;
	due_date: string;
	status: ActionStatus;
	completed_on: string;
	checklist_items: string[] | null;
	/** Plans (BCP, contingency plan) the action works on. */
	plans: string[] | null;
	created: string;
	updated: string;
}

export interface AcceptanceRecord extends RecordModel {
	organisation: string;
	risk: string;
	status: AcceptanceStatus;
	justification: string;
	expires_at: string;
	requested_by: string;
	requested_by_name: string;
	decided_by_name: string;
	decided_at: string;
	decision_comment: string;
	snapshot: unknown;
	signed_at: string;
	content_sha256: string;
	expired_at: string;
	revoked_by_name: string;
	revoked_at: string;
	revoked_reason: string;
	created: string;
	updated: string;
}

export interface ReviewRecord extends RecordModel {
	organisation: string;
	risk: string;
	outcome: 'unchanged' | 'changed';
	note: string;
	reviewer_name: string;
	reviewed_at: string;
	ratings: unknown;
	created: string;
}

/** PocketBase date strings ("2026-12-02 03:00:00.000Z") as ISO instants. */
export function iso(pbDate: string): string {
	return pbDate ? new Date(pbDate.includes('T') ? pbDate : pbDate.replace(' ', 'T')).toISOString() : '';
}

const rating = (l: number, i: number): Rating | null => (l > 0 && i > 0 ? { likelihood: l, impact: i } : null);

/** The fields of a risk its evaluation reads (levels, decision, review date, register row): what `toRiskInput` needs. */
export const RISK_INDEX_FIELDS = [
	'id',
	'ref',
	'title',
	'category',
	'status',
	'treatment',
	'owner',
	'criteria',
	'inherent_likelihood',
	'inherent_impact',
	'current_likelihood',
	'current_impact',
	'target_likelihood',
	'target_impact',
	'control_items',
	'reviewed_at',
	'created'
] as const satisfies readonly (keyof RiskRecord)[];
export type RiskIndexRecord = Pick<RiskRecord, (typeof RISK_INDEX_FIELDS)[number]>;

/** The fields of an acceptance the register's decisions read (the snapshot only for changes since a valid approval). */
export const ACCEPTANCE_INDEX_FIELDS = [
	'id',
	'risk',
	'status',
	'expires_at',
	'created',
	'snapshot'
] as const satisfies readonly (keyof AcceptanceRecord)[];
export type AcceptanceIndexRecord = Pick<AcceptanceRecord, (typeof ACCEPTANCE_INDEX_FIELDS)[number]>;

/** The fields of an action the register counts (open, overdue). */
export const ACTION_INDEX_FIELDS = ['id', 'risk', 'status', 'due_date'] as const satisfies readonly (keyof ActionRecord)[];
export type ActionIndexRecord = Pick<ActionRecord, (typeof ACTION_INDEX_FIELDS)[number]>;

export function toRiskInput(r: RiskIndexRecord): RiskInput {
	return {
		id: r.id,
		ref: r.ref,
		title: r.title,
		category: r.category,
		status: r.status,
		treatment: r.treatment,
		analysis: {
			criteria: r.criteria,
			inherent: rating(r.inherent_likelihood, r.inherent_impact),
			current: rating(r.current_likelihood, r.current_impact),
			target: rating(r.target_likelihood, r.target_impact)
		},
		created: iso(r.created),
		reviewedAt: r.reviewed_at ? iso(r.reviewed_at) : null
	};
}

export function toAcceptanceInput(a: Pick<AcceptanceRecord, 'id' | 'risk' | 'status' | 'expires_at' | 'created'>): AcceptanceInput {
	return { id: a.id, risk: a.risk, status: a.status, expiresAt: iso(a.expires_at), created: iso(a.created) };
}
