/** The evidence linked to a risk, its treatment actions and its acceptances (EvidencePanel on the risk pages). */
import type PocketBase from 'pocketbase';
import { choiceOf, type ItemEvidenceData } from '$lib/domain/evidence/links';
import { now } from '$lib/server/clock';
import { listEvidence } from '$lib/server/evidence/library';
import { evidenceOfTargets } from '$lib/server/evidence/links';
import { uploadLimit } from '$lib/server/evidence/upload';

export async function riskEvidence(
	pb: PocketBase,
	orgId: string,
	targets: { type: 'risk' | 'risk_action' | 'risk_acceptance'; id: string }[],
	canLink: boolean
): Promise<ItemEvidenceData> {
	const at = await now();
	const filter = targets.length
		? targets
				.map((t, k) => pb.filter(`(target_type = {:t${k}} && target_id = {:i${k}})`, { [`t${k}`]: t.type, [`i${k}`]: t.id }))
				.join(' || ')
		: 'id = ""';
	const [linked, choices] = await Promise.all([
		evidenceOfTargets(pb, filter, at),
		canLink ? listEvidence(pb, orgId, at).then((list) => list.map(choiceOf)) : Promise.resolve([])
	]);
	return { linked, choices, limit: uploadLimit() };
}
