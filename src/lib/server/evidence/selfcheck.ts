/** The evidence of a self-check's items, for the answering page (EvidencePanel on each item). */
import type PocketBase from 'pocketbase';
import { choiceOf, type ItemEvidenceData } from '$lib/domain/evidence/links';
import { targetKey, type TargetRef } from '$lib/domain/evidence/targets';
import { now } from '$lib/server/clock';
import { listEvidence } from './library';
import { findingsWhere, requestsWhere } from './audit-work';
import { evidenceOfTargets } from './links';
import { uploadLimit } from './upload';

export async function selfcheckEvidence(
	pb: PocketBase,
	orgId: string,
	assessmentId: string,
	canLink: boolean
): Promise<{ itemEvidence: ItemEvidenceData }> {
	const at = await now();
	const mine = pb.filter('target_type = "selfcheck_item" && target_id = {:a}', { a: assessmentId });
	const [linked, choices, requests, findings] = await Promise.all([
		evidenceOfTargets(pb, mine, at),
		canLink ? listEvidence(pb, orgId, at).then((list) => list.map(choiceOf)) : Promise.resolve([]),
		requestsWhere(pb, mine, at),
		findingsWhere(pb, mine, at)
	]);
	return { itemEvidence: { linked, choices, limit: uploadLimit(), requests: byTarget(requests), findings: byTarget(findings) } };
}

function byTarget<T extends { target: TargetRef }>(list: T[]): Record<string, T[]> {
	const out: Record<string, T[]> = {};
	for (const item of list) (out[targetKey(item.target)] ??= []).push(item);
	return out;
}
