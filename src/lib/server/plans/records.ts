/** Shapes of the plan-area PocketBase records (schema: pb_migrations/17645*). */
import type { RecordModel } from 'pocketbase';
import type { PlanVersionStatus } from '$lib/domain/plans/facts';
import type { PlanKind } from '$lib/domain/plans/templates';

export interface PlanRecord extends RecordModel {
	organisation: string;
	kind: PlanKind;
	title: string;
	created: string;
	updated: string;
}

export interface PlanVersionRecord extends RecordModel {
	organisation: string;
	plan: string;
	number: number;
	kind: PlanKind;
	title: string;
	/** Unknown until parsed with parsePlanContent: a client may have written anything. */
	content: unknown;
	section: string;
	change_note: string;
	status: PlanVersionStatus;
	author: string;
	author_name: string;
	return_reason: string;
	submitted_at: string;
	signed_at: string;
	content_sha256: string;
	created: string;
}

/** A version in the history list: everything but the content. */
export type PlanVersionSummary = Omit<PlanVersionRecord, 'content'>;

export const VERSION_SUMMARY_FIELDS =
	'id,collectionId,collectionName,organisation,plan,number,kind,title,section,change_note,status,author,author_name,return_reason,submitted_at,signed_at,content_sha256,created';

export interface SignoffRecord extends RecordModel {
	organisation: string;
	subject_collection: string;
	subject_id: string;
	statement: string;
	signer: string;
	signer_name: string;
	content_sha256: string;
	created: string;
}
