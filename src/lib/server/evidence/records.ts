/** Shapes of the evidence records the app reads (schema: pb_migrations/17644*). */
import type { RecordModel } from 'pocketbase';
import type { EvidenceSource, RevisionSource } from '$lib/domain/evidence/view';

export interface RevisionRecord extends RecordModel, RevisionSource {
	organisation: string;
	evidence: string;
	file: string;
	uploaded_by: string;
}

export interface EvidenceRecord extends RecordModel, EvidenceSource {
	organisation: string;
	current_revision: string;
	created_by: string;
	expand?: { current_revision?: RevisionRecord };
}
