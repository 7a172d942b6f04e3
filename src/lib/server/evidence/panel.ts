/**
 * What an evidence panel shows for a set of link targets (self-check items,
 * risks, treatment actions, acceptances): the linked evidence, the auditors'
 * requests and findings on each target, and what the viewer may link.
 */
import type PocketBase from 'pocketbase';
import { choiceOf, type ItemEvidenceData } from '$lib/domain/evidence/links';
import { targetKey, type TargetRef } from '$lib/domain/evidence/targets';
import { now } from '$lib/server/clock';
import { findingsWhere, requestsWhere } from './audit-work';
import { listEvidence } from './library';
import { evidenceOfTargets } from './links';
import { uploadLimit } from './upload';

/** `filter` selects the targets on the `target_type`/`target_id` fields of links, requests and findings. */
export async function evidencePanel(pb: PocketBase, orgId: string, filter: string, canLink: boolean): Promise<ItemEvidenceData> {
	const at = await now();
	const [linked, choices, requests, findings] = await Promise.all([
		evidenceOfTargets(pb, filter, at),
		canLink ? listEvidence(pb, orgId, at).then((list) => list.map(choiceOf)) : Promise.resolve([]),
		requestsWhere(pb, filter, at),
		findingsWhere(pb, filter, at)
	]);
	return { linked, choices, limit: uploadLimit(), requests: byTarget(requests), findings: byTarget(findings) };
}

function byTarget<T extends { target: TargetRef }>(list: T[]): Record<string, T[]> {
	const out: Record<string, T[]> = {};
	for (const item of list) (out[targetKey(item.target)] ??= []).push(item);
	return out;
}
