/** Shapes of the self-check records in PocketBase (schema: pb_migrations/1763780000_selfcheck.js). */
import type { RecordModel } from 'pocketbase';
import type { Checklist, Localized } from '$lib/domain/checklists/schema';
import type { REFERENCE_ADOPTION_MODES } from '$lib/domain/schema';
import type { AnswerStatus } from '$lib/domain/selfcheck/answers';

export type AssessmentStatus = 'draft' | 'submitted' | 'signed';

/** A pinned, immutable copy of a checklist version, without its (large) content. */
export interface PinnedChecklistHead extends RecordModel {
	organisation: string;
	checklist_id: string;
	version: string;
	title: Localized;
	content_sha256: string;
	source: 'library' | 'import';
	created: string;
}

export interface PinnedChecklistRecord extends PinnedChecklistHead {
	content: Checklist;
}

export interface AssessmentRecord extends RecordModel {
	organisation: string;
	fiscal_year: number;
	revision: number;
	status: AssessmentStatus;
	checklists: string[];
	previous: string;
	reopened_from: string;
	reopen_reason: string;
	/** Why it was last returned from submitted to draft ('' when never). */
	return_reason: string;
	submitted_at: string;
	signed_at: string;
	content_sha256: string;
	/** 'per_item' when 参考事項 adoption is recorded; '' for self-checks started before it existed. */
	reference_adoption?: '' | (typeof REFERENCE_ADOPTION_MODES)[number];
	created: string;
	updated: string;
}

/** A 参考事項 adoption decision (pb_migrations/1764600000_reference_adoptions.js). */
export interface ReferenceAdoptionRecord extends RecordModel {
	organisation: string;
	assessment: string;
	checklist: string;
	item_id: string;
	adopted: boolean;
	reason: string;
	carried_over: boolean;
	updated_by: string;
	updated: string;
}

export interface AnswerRecord extends RecordModel {
	organisation: string;
	assessment: string;
	checklist: string;
	item_id: string;
	status: AnswerStatus;
	justification: string;
	notes: string;
	owner: string;
	target_date: string;
	carried_over: boolean;
	version: number;
	updated_by: string;
	updated: string;
	mapped_from?: unknown;
	expand?: { updated_by?: { name?: string; email?: string } };
}

export interface ReviewCommentRecord extends RecordModel {
	organisation: string;
	assessment: string;
	checklist: string;
	item_id: string;
	body: string;
	author: string;
	author_name: string;
	created: string;
}

export interface SignoffRecord extends RecordModel {
	organisation: string;
	subject_collection: 'assessments';
	subject_id: string;
	statement: string;
	signer: string;
	signer_name: string;
	content_sha256: string;
	created: string;
}

/** The answer as the stored-answer view of the conflict message (pb_hooks/lib/selfcheck.js answerView). */
export interface StoredAnswerView {
	id: string;
	item_id: string;
	status: AnswerStatus;
	justification: string;
	notes: string;
	owner: string;
	target_date: string;
	version: number;
	updated: string;
	updated_by_name: string;
}
