/**
 * The demo power operator's risk register, as its security team would write
 * it (fictional): types, which risks get an acceptance, and the risks
 * themselves in two files (cyber and operations; hazards, spillover and
 * supply chain). Systems and dependencies are named by the start of their
 * names in the demo profile (scripts/lib/demo.js, scripts/demo-profile.ts);
 * controls by checklist item; ratings on the 5×5 criteria as
 * [likelihood, impact] for inherent, current and target.
 */
import { CYBER_AND_OPERATIONS } from './demo-risks-cyber';
import { HAZARDS_AND_SUPPLY } from './demo-risks-hazards';

export type Rating = [number, number];

export interface DemoAction {
	title: string;
	owner: string;
	/** Days from today (negative: already past). */
	due: number;
	status: 'planned' | 'in_progress' | 'done' | 'cancelled';
	items?: string[];
	/** Plans the action works on (demo-plans.ts creates them first). */
	plans?: ('bcp' | 'contingency')[];
}

export interface DemoRisk {
	title: string;
	category: 'intentional' | 'unintentional' | 'disaster' | 'spillover' | 'supply_chain';
	threat: string;
	scenario: string;
	owner: string;
	systems: string[];
	dependencies?: string[];
	services?: string[];
	inherent: Rating;
	current: Rating;
	target?: Rating;
	controls: string;
	items: string[];
	treatment: '' | 'reduce' | 'avoid' | 'transfer' | 'accept';
	plan?: string;
	actions?: DemoAction[];
	/** Analysed with the first criteria version (shows as "older criteria"). */
	firstVersion?: boolean;
	/** Days since the last review (none: never reviewed). */
	reviewedDaysAgo?: number;
	/** A review well before this fiscal year, when the current risk was rated differently. */
	earlier?: { daysAgo: number; current: Rating };
}

export const DEMO_RISKS: DemoRisk[] = [...CYBER_AND_OPERATIONS, ...HAZARDS_AND_SUPPLY];

/** Which risks (by the start of their title) get which acceptance. */
export const DEMO_ACCEPTANCES = [
	{
		risk: 'RTU機種の製造終了',
		validThroughDays: 20,
		justification:
			'保守部品を5年分確保しており、更新計画の開始（2029年度）までの故障に対応できる。後継機種の選定は今年度中に終える。期限到来時に部品在庫と故障件数を確認して見直す。',
		statement: '在庫の確認結果を次回の経営会議で報告すること。'
	},
	{
		risk: '感染症の流行',
		validThroughDays: 240,
		justification:
			'資格保有者の確保と分散運用の手順により、出勤率7割でも交替勤務を維持できることを前回の訓練で確認した。追加の人員確保は費用に見合わない。',
		statement: ''
	},
	{
		risk: 'スマートメーター通信の暗号方式',
		validThroughDays: -10,
		justification:
			'メーターの交換周期に合わせて暗号を更新する計画であり、それまでは集約装置側の異常検知で補う。計量値の改ざんによる被害は精算の範囲に限られる。',
		statement: '交換計画の前倒しの可否を来期までに検討すること。'
	}
];
