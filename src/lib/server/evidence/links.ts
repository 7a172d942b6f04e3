/**
 * Evidence links with the user's own token: where a piece of evidence is
 * used, the evidence of a set of targets (for EvidencePanel), and adding
 * or removing a link. PocketBase checks every link (registry, organisation,
 * signed records); refusals come back as messages.
 */
import type PocketBase from 'pocketbase';
import { targetKey, type TargetRef } from '$lib/domain/evidence/targets';
import type { LinkedEvidence, UsageView } from '$lib/domain/evidence/links';
import { evidenceView } from '$lib/domain/evidence/view';
import type { Lang, Messages } from '$lib/i18n';
import { statusOf } from '$lib/server/pocketbase';
import type { EvidenceRecord } from './records';
import { describeTargets } from './targets';

export interface LinkRecord {
	id: string;
	organisation: string;
	evidence: string;
	target_type: string;
	target_id: string;
	target_part: string;
	created_by_name: string;
	created: string;
	expand?: { evidence?: EvidenceRecord };
}

const refOf = (l: LinkRecord): TargetRef => ({ type: l.target_type, id: l.target_id, part: l.target_part });

export async function usageOf(
	pb: PocketBase,
	orgId: string,
	evidenceId: string,
	lang: Lang,
	label: (type: string) => string
): Promise<UsageView[]> {
	const links = await pb.collection('evidence_links').getFullList<LinkRecord>({
		filter: pb.filter('evidence = {:e}', { e: evidenceId }),
		sort: 'created'
	});
	const info = await describeTargets(pb, orgId, links.map(refOf), lang);
	return links.map((l) => {
		const ref = refOf(l);
		const found = info.get(targetKey(ref));
		return {
			linkId: l.id,
			ref,
			typeLabel: label(l.target_type),
			title: found?.title ?? l.target_id,
			href: found?.href ?? '',
			locked: found?.locked ?? false,
			createdBy: l.created_by_name,
			created: l.created
		};
	});
}

/** Linked evidence per target key, for the targets matching `filter` (e.g. one self-check's items). */
export async function evidenceOfTargets(pb: PocketBase, filter: string, now: Date): Promise<Record<string, LinkedEvidence[]>> {
	const links = await pb
		.collection('evidence_links')
		.getFullList<LinkRecord>({ filter, sort: 'created', expand: 'evidence.current_revision' });
	const out: Record<string, LinkedEvidence[]> = {};
	for (const link of links) {
		const record = link.expand?.evidence;
		if (!record) continue;
		const key = targetKey(refOf(link));
		(out[key] ??= []).push({ linkId: link.id, evidence: evidenceView(record, record.expand?.current_revision, now) });
	}
	return out;
}

type Outcome = { ok: true; linkId: string } | { ok: false; message: string };

function refusal(error: unknown, m: Messages): string {
	const status = statusOf(error);
	const data = (error as { response?: { data?: Record<string, { code?: string }> } }).response?.data ?? {};
	const codes = Object.values(data).map((d) => d.code);
	if (codes.includes('locked')) return m.evidenceLinks.locked;
	if (status === 403 || status === 404) return m.evidenceLinks.forbidden;
	if (status === 400 && Object.keys(data).length === 0) return m.evidenceLinks.already;
	if (codes.includes('validation_not_unique')) return m.evidenceLinks.already;
	return m.evidenceLinks.failed;
}

export async function createLink(pb: PocketBase, orgId: string, evidence: string, ref: TargetRef, m: Messages): Promise<Outcome> {
	try {
		const link = await pb.collection('evidence_links').create({
			organisation: orgId,
			evidence,
			target_type: ref.type,
			target_id: ref.id,
			target_part: ref.part
		});
		return { ok: true, linkId: link.id };
	} catch (error) {
		return { ok: false, message: refusal(error, m) };
	}
}

export async function removeLink(pb: PocketBase, orgId: string, linkId: string, m: Messages): Promise<Outcome> {
	try {
		const link = await pb.collection('evidence_links').getOne<LinkRecord>(linkId);
		if (link.organisation !== orgId) return { ok: false, message: m.evidenceLinks.forbidden };
		await pb.collection('evidence_links').delete(linkId);
		return { ok: true, linkId };
	} catch (error) {
		return { ok: false, message: refusal(error, m) };
	}
}
