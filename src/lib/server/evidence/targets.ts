/**
 * How the pages show each registered target type (the rules live in
 * pb_hooks/lib/link-targets.json): a describer reads the targets it is
 * given with the user's own token and names each, with a link to it.
 * Adding a target type: an entry in the JSON, a describer here (a unit
 * test checks that both list the same types), and its page shows an
 * EvidencePanel.
 */
import type PocketBase from 'pocketbase';
import { findItem } from '$lib/domain/checklists/flatten';
import { fiscalYearLabel } from '$lib/domain/fiscal-year';
import { targetKey, type TargetInfo, type TargetRef } from '$lib/domain/evidence/targets';
import type { Lang } from '$lib/i18n';
import { describeExercises, describePlans } from '$lib/server/plans/evidence-targets';
import { readPinnedOrUnreadable } from '$lib/server/selfcheck/pinned';
import { RISK_DESCRIBERS } from '$lib/server/risks/evidence-targets';

export type Describer = (pb: PocketBase, orgId: string, refs: TargetRef[], lang: Lang) => Promise<Map<string, TargetInfo>>;

const idFilter = (pb: PocketBase, ids: readonly string[]) =>
	ids.map((id, i) => pb.filter(`id = {:id${i}}`, { [`id${i}`]: id })).join(' || ');

interface AssessmentHead {
	id: string;
	fiscal_year: number;
	revision: number;
	status: string;
	checklists: string[];
}

const selfcheckItem: Describer = async (pb, orgId, refs, lang) => {
	const out = new Map<string, TargetInfo>();
	const ids = [...new Set(refs.map((r) => r.id))];
	if (ids.length === 0) return out;
	const assessments = await pb.collection('assessments').getFullList<AssessmentHead>({
		filter: idFilter(pb, ids),
		fields: 'id,fiscal_year,revision,status,checklists'
	});
	// an unreadable checklist leaves its items unnamed here (its own page says why)
	const { pinned } = await readPinnedOrUnreadable(
		pb,
		assessments.flatMap((a) => a.checklists)
	);
	const checklists = new Map(pinned.map((p) => [p.head.id, p.checklist]));
	const byId = new Map(assessments.map((a) => [a.id, a]));
	for (const ref of refs) {
		const assessment = byId.get(ref.id);
		if (!assessment) continue;
		const [pinnedId, itemId] = ref.part.split(':');
		const item = checklists.get(pinnedId) ? findItem(checklists.get(pinnedId)!, itemId) : undefined;
		const year = fiscalYearLabel(assessment.fiscal_year, lang);
		const revision = lang === 'ja' ? `第${assessment.revision}版` : `rev. ${assessment.revision}`;
		out.set(targetKey(ref), {
			title: `${year} ${lang === 'ja' ? '自己検証' : 'self-check'} (${revision}) · ${itemId}${item ? ` ${item.item.title[lang]}` : ''}`,
			href: `/orgs/${orgId}/selfcheck/${assessment.id}#item-${pinnedId}-${itemId}`,
			locked: assessment.status === 'signed'
		});
	}
	return out;
};

const evidenceTarget: Describer = async (pb, orgId, refs) => {
	const out = new Map<string, TargetInfo>();
	const ids = [...new Set(refs.map((r) => r.id))];
	if (ids.length === 0) return out;
	const records = await pb
		.collection('evidence')
		.getFullList<{ id: string; title: string }>({ filter: idFilter(pb, ids), fields: 'id,title' });
	const byId = new Map(records.map((r) => [r.id, r]));
	for (const ref of refs) {
		const record = byId.get(ref.id);
		if (record) out.set(targetKey(ref), { title: record.title, href: `/orgs/${orgId}/evidence/${record.id}`, locked: false });
	}
	return out;
};

export const DESCRIBERS: Record<string, Describer> = {
	selfcheck_item: selfcheckItem,
	...RISK_DESCRIBERS,
	evidence: evidenceTarget,
	plan: describePlans,
	exercise: describeExercises
};

/** Names every target it can (targets the user may not see are left out). */
export async function describeTargets(pb: PocketBase, orgId: string, refs: TargetRef[], lang: Lang): Promise<Map<string, TargetInfo>> {
	const byType = new Map<string, TargetRef[]>();
	for (const ref of refs) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref]);
	const out = new Map<string, TargetInfo>();
	for (const [type, list] of byType) {
		const describe = DESCRIBERS[type];
		if (!describe) continue;
		for (const [key, info] of await describe(pb, orgId, list, lang)) out.set(key, info);
	}
	return out;
}
