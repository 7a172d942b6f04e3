/** The evidence linked to a risk, its treatment actions and its acceptances (EvidencePanel on the risk pages). */
import type PocketBase from 'pocketbase';
import type { ItemEvidenceData } from '$lib/domain/evidence/links';
import { evidencePanel } from '$lib/server/evidence/panel';

export async function riskEvidence(
	pb: PocketBase,
	orgId: string,
	targets: { type: 'risk' | 'risk_action' | 'risk_acceptance'; id: string }[],
	canLink: boolean
): Promise<ItemEvidenceData> {
	const filter = targets.length
		? targets
				.map((t, k) => pb.filter(`(target_type = {:t${k}} && target_id = {:i${k}})`, { [`t${k}`]: t.type, [`i${k}`]: t.id }))
				.join(' || ')
		: 'id = ""';
	return evidencePanel(pb, orgId, filter, canLink);
}
