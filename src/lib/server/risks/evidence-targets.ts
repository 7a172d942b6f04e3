/**
 * How evidence pages name the risk records evidence can be linked to
 * (registered in pb_hooks/lib/link-targets.json): risks, treatment actions
 * and acceptances, each with a link to its page.
 */
import type PocketBase from 'pocketbase';
import { targetKey, type TargetInfo, type TargetRef } from '$lib/domain/evidence/targets';
import type { Lang } from '$lib/i18n';
import type { Describer } from '$lib/server/evidence/targets';
import type { AcceptanceRecord, ActionRecord, RiskRecord } from './records';

const idFilter = (pb: PocketBase, ids: readonly string[]) =>
	ids.map((id, i) => pb.filter(`id = {:id${i}}`, { [`id${i}`]: id })).join(' || ');

async function read<T extends { id: string }>(
	pb: PocketBase,
	collection: string,
	refs: TargetRef[],
	fields: string
): Promise<Map<string, T>> {
	const ids = [...new Set(refs.map((r) => r.id))];
	if (ids.length === 0) return new Map();
	const records = await pb.collection(collection).getFullList<T>({ filter: idFilter(pb, ids), fields });
	return new Map(records.map((r) => [r.id, r]));
}

async function risks(pb: PocketBase, ids: string[]): Promise<Map<string, Pick<RiskRecord, 'id' | 'ref' | 'title'>>> {
	return read(
		pb,
		'risks',
		ids.map((id) => ({ type: 'risk', id, part: '' })),
		'id,ref,title'
	);
}

const risk: Describer = async (pb, orgId, refs) => {
	const found = await risks(
		pb,
		refs.map((r) => r.id)
	);
	const out = new Map<string, TargetInfo>();
	for (const ref of refs) {
		const r = found.get(ref.id);
		if (r) out.set(targetKey(ref), { title: `${r.ref} ${r.title}`, href: `/orgs/${orgId}/risks/${r.id}`, locked: false });
	}
	return out;
};

const action: Describer = async (pb, orgId, refs, lang: Lang) => {
	const actions = await read<Pick<ActionRecord, 'id' | 'risk' | 'title'>>(pb, 'risk_actions', refs, 'id,risk,title');
	const owners = await risks(
		pb,
		[...actions.values()].map((a) => a.risk)
	);
	const out = new Map<string, TargetInfo>();
	for (const ref of refs) {
		const a = actions.get(ref.id);
		const r = a ? owners.get(a.risk) : undefined;
		if (a && r) {
			const label = lang === 'ja' ? '措置' : 'action';
			out.set(targetKey(ref), { title: `${r.ref} ${label}: ${a.title}`, href: `/orgs/${orgId}/risks/${r.id}#actions`, locked: false });
		}
	}
	return out;
};

const FINAL = ['signed', 'expired', 'revoked', 'rejected', 'withdrawn'];

const acceptance: Describer = async (pb, orgId, refs, lang: Lang) => {
	const list = await read<Pick<AcceptanceRecord, 'id' | 'risk' | 'status'>>(pb, 'risk_acceptances', refs, 'id,risk,status');
	const owners = await risks(
		pb,
		[...list.values()].map((a) => a.risk)
	);
	const out = new Map<string, TargetInfo>();
	for (const ref of refs) {
		const a = list.get(ref.id);
		const r = a ? owners.get(a.risk) : undefined;
		if (a && r) {
			const label = lang === 'ja' ? 'リスク受容' : 'acceptance';
			out.set(targetKey(ref), {
				title: `${r.ref} ${label}: ${r.title}`,
				href: `/orgs/${orgId}/risks/acceptances/${a.id}`,
				locked: FINAL.includes(a.status)
			});
		}
	}
	return out;
};

export const RISK_DESCRIBERS: Record<string, Describer> = { risk, risk_action: action, risk_acceptance: acceptance };
