/**
 * Reading the risk-criteria versions of an organisation with the user's own
 * token, with their sign-offs. Content is validated with the domain schema;
 * a version whose content does not parse is shown as unreadable, never used.
 */
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { parseCriteria } from '$lib/domain/risks/criteria';
import type { CriteriaStatus, CriteriaVersion } from '$lib/domain/risks/versions';

export interface CriteriaRecord extends RecordModel {
	organisation: string;
	version: number;
	status: CriteriaStatus;
	content: unknown;
	note: string;
	return_reason: string;
	submitted_at: string;
	signed_at: string;
	content_sha256: string;
	created: string;
	updated: string;
}

export interface SignoffView {
	signerName: string;
	statement: string;
	created: string;
	contentSha256: string;
}

export interface CriteriaVersionView extends CriteriaVersion {
	note: string;
	returnReason: string;
	submittedAt: string;
	signedAt: string;
	contentSha256: string;
	signoff: SignoffView | null;
}

interface SignoffRecord extends RecordModel {
	subject_id: string;
	signer_name: string;
	statement: string;
	created: string;
	content_sha256: string;
}

/** Sign-offs of the given subject type in an organisation, by subject id. */
export async function signoffsOf(pb: PocketBase, organisation: string, subject: string): Promise<Map<string, SignoffView>> {
	const records = await pb.collection('signoffs').getFullList<SignoffRecord>({
		filter: pb.filter('organisation = {:org} && subject_collection = {:s}', { org: organisation, s: subject })
	});
	return new Map(
		records.map((r) => [
			r.subject_id,
			{ signerName: r.signer_name, statement: r.statement, created: r.created, contentSha256: r.content_sha256 }
		])
	);
}

export function toVersion(record: CriteriaRecord, signoff: SignoffView | null = null): CriteriaVersionView {
	return {
		id: record.id,
		version: record.version,
		status: record.status,
		content: parseCriteria(record.content),
		note: record.note,
		returnReason: record.return_reason,
		submittedAt: record.submitted_at,
		signedAt: record.signed_at,
		contentSha256: record.content_sha256,
		signoff
	};
}

/** Every version of the organisation's risk criteria, newest first. */
export async function loadCriteria(pb: PocketBase, organisation: string): Promise<CriteriaVersionView[]> {
	const [records, signoffs] = await Promise.all([
		pb.collection('risk_criteria').getFullList<CriteriaRecord>({
			filter: pb.filter('organisation = {:org}', { org: organisation }),
			sort: '-version'
		}),
		signoffsOf(pb, organisation, 'risk_criteria')
	]);
	return records.map((r) => toVersion(r, signoffs.get(r.id) ?? null));
}
