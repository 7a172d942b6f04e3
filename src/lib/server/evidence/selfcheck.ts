/** The evidence of a self-check's items, for the answering page (EvidencePanel on each item). */
import type PocketBase from 'pocketbase';
import { choiceOf, type ItemEvidenceData } from '$lib/domain/evidence/links';
import { now } from '$lib/server/clock';
import { listEvidence } from './library';
import { evidenceOfTargets } from './links';
import { uploadLimit } from './upload';

export async function selfcheckEvidence(
	pb: PocketBase,
	orgId: string,
	assessmentId: string,
	canLink: boolean
): Promise<{ itemEvidence: ItemEvidenceData }> {
	const at = await now();
	const [linked, choices] = await Promise.all([
		evidenceOfTargets(pb, pb.filter('target_type = "selfcheck_item" && target_id = {:a}', { a: assessmentId }), at),
		canLink ? listEvidence(pb, orgId, at).then((list) => list.map(choiceOf)) : Promise.resolve([])
	]);
	return { itemEvidence: { linked, choices, limit: uploadLimit() } };
}
