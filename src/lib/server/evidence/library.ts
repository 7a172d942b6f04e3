/** Reads of the evidence library with the user's own token. */
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { evidenceView, revisionView, type EvidenceView, type RevisionView } from '$lib/domain/evidence/view';
import { statusOf } from '$lib/server/pocketbase';
import type { EvidenceRecord, RevisionRecord } from './records';

export async function listEvidence(pb: PocketBase, orgId: string, now: Date): Promise<EvidenceView[]> {
	const records = await pb.collection('evidence').getFullList<EvidenceRecord>({
		filter: pb.filter('organisation = {:o}', { o: orgId }),
		sort: '-updated',
		expand: 'current_revision'
	});
	return records.map((r) => evidenceView(r, r.expand?.current_revision, now));
}

export async function readEvidence(pb: PocketBase, orgId: string, id: string): Promise<EvidenceRecord> {
	try {
		const record = await pb.collection('evidence').getOne<EvidenceRecord>(id, { expand: 'current_revision' });
		if (record.organisation !== orgId) error(404, 'evidence not found');
		return record;
	} catch (err) {
		if (statusOf(err) === 404) error(404, 'evidence not found');
		throw err;
	}
}

export async function loadEvidence(
	pb: PocketBase,
	orgId: string,
	id: string,
	now: Date
): Promise<{ evidence: EvidenceView; revisions: RevisionView[] }> {
	const record = await readEvidence(pb, orgId, id);
	const revisions = await pb.collection('evidence_revisions').getFullList<RevisionRecord>({
		filter: pb.filter('evidence = {:e}', { e: id }),
		sort: '-number'
	});
	return { evidence: evidenceView(record, record.expand?.current_revision, now), revisions: revisions.map(revisionView) };
}
