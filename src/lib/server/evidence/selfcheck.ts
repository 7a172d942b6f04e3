/** The evidence of a self-check's items, for the answering page (EvidencePanel on each item). */
import type PocketBase from 'pocketbase';
import type { ItemEvidenceData } from '$lib/domain/evidence/links';
import { evidencePanel } from './panel';

export async function selfcheckEvidence(
	pb: PocketBase,
	orgId: string,
	assessmentId: string,
	canLink: boolean
): Promise<{ itemEvidence: ItemEvidenceData }> {
	const mine = pb.filter('target_type = "selfcheck_item" && target_id = {:a}', { a: assessmentId });
	return { itemEvidence: await evidencePanel(pb, orgId, mine, canLink) };
}
