/** Shapes of the evidence records the app reads (schema: pb_migrations/17644*). */
import type { RecordModel } from 'pocketbase';
import type { EvidenceKind } from '$lib/domain/evidence/facts';

export interface RevisionRecord extends RecordModel {
	organisation: string;
	evidence: string;
	number: number;
	file: string;
	original_name: string;
	size: number;
	mime: string;
	sha256: string;
	note: string;
	uploaded_by: string;
	uploaded_by_name: string;
	created: string;
}

export interface EvidenceRecord extends RecordModel {
	organisation: string;
	kind: EvidenceKind;
	title: string;
	description: string;
	owner: string;
	url: string;
	fiscal_year: number;
	effective_from: string;
	effective_to: string;
	expires_on: string;
	current_revision: string;
	revision_count: number;
	created_by: string;
	created_by_name: string;
	created: string;
	updated: string;
	expand?: { current_revision?: RevisionRecord };
}
