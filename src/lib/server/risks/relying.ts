/**
 * Which risks rely on which self-check items (their existing controls, and
 * their treatment actions), by "<checklist id>:<item id>" — for the
 * answering page and the self-check report.
 */
import type PocketBase from 'pocketbase';
import type { ActionRecord, RiskRecord } from './records';

export interface RelyingRisk {
	id: string;
	ref: string;
	title: string;
	/** 'control': the risk's existing controls rely on the item; 'action': a treatment action works on it. */
	via: 'control' | 'action';
}

export async function relyingRisks(pb: PocketBase, org: string): Promise<Record<string, RelyingRisk[]>> {
	const filter = pb.filter('organisation = {:org} && status = "open"', { org });
	const [risks, actions] = await Promise.all([
		pb.collection('risks').getFullList<Pick<RiskRecord, 'id' | 'ref' | 'title' | 'control_items'>>({
			filter,
			fields: 'id,ref,title,control_items',
			sort: 'ref'
		}),
		pb.collection('risk_actions').getFullList<Pick<ActionRecord, 'risk' | 'checklist_items' | 'status'>>({
			filter: pb.filter('organisation = {:org}', { org }),
			fields: 'risk,checklist_items,status'
		})
	]);
	const out: Record<string, RelyingRisk[]> = {};
	const add = (key: string, risk: Pick<RiskRecord, 'id' | 'ref' | 'title'>, via: RelyingRisk['via']) => {
		const list = (out[key] ??= []);
		if (!list.some((r) => r.id === risk.id)) list.push({ id: risk.id, ref: risk.ref, title: risk.title, via });
	};
	const byId = new Map(risks.map((r) => [r.id, r]));
	for (const risk of risks) for (const key of risk.control_items ?? []) add(key, risk, 'control');
	for (const action of actions) {
		const risk = byId.get(action.risk);
		if (!risk || action.status === 'cancelled') continue;
		for (const key of action.checklist_items ?? []) add(key, risk, 'action');
	}
	return out;
}
