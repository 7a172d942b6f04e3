/**
 * The threat catalogue of the risk register: the four categories of seed 001
 * 別紙3 with their examples (operator-level and society-wide), plus supply
 * chain (seed 003: サプライチェーン・リスク). Each threat also says what it
 * typically strikes, which is how candidate risks are proposed
 * (candidates.ts). Pure data.
 */
import type { Localized } from '../sectors';
import { THREAT_CATEGORIES, THREAT_NAMES } from '../threats';
import type { DependencyCategory } from './dependencies';

export const RISK_CATEGORIES = [...THREAT_CATEGORIES, 'supply_chain'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_CATEGORY_NAMES: Record<RiskCategory, Localized> = {
	...THREAT_NAMES,
	supply_chain: { ja: 'サプライチェーン', en: 'Supply chain' }
};

export interface Threat {
	key: string;
	category: RiskCategory;
	name: Localized;
	/** 'society': a threat the seeds want handled across society (社会全体で対応が望まれる脅威). */
	scope: 'operator' | 'society';
	/** Proposed for every important system. */
	perSystem?: boolean;
	/** Proposed for every link of a dependency of these categories to a system. */
	perDependency?: readonly DependencyCategory[];
}

const T = (key: string, category: RiskCategory, ja: string, en: string, extra: Partial<Threat> = {}): Threat => ({
	key,
	category,
	name: { ja, en },
	scope: 'operator',
	...extra
});

export const THREATS: readonly Threat[] = [
	T('intrusion', 'intentional', '不正侵入・ウイルス攻撃', 'Intrusion and malware', { perSystem: true }),
	T('tampering', 'intentional', 'データ改ざん・破壊', 'Data tampering or destruction'),
	T('command', 'intentional', '不正コマンド実行', 'Unauthorised commands'),
	T('dos', 'intentional', 'サービス不能攻撃（DoS）', 'Denial of service (DoS)'),
	T('leak', 'intentional', '情報漏えい・重要情報の詐取', 'Information leakage or theft of important information'),
	T('insider', 'intentional', '内部不正', 'Insider misconduct'),
	T('cross_sector_attack', 'intentional', '分野横断的に多発するサービス不能攻撃・不正侵入', 'DoS or intrusion spreading across sectors', {
		scope: 'society'
	}),
	T('misoperation', 'unintentional', '操作・設定ミス', 'Operation or configuration mistakes', { perSystem: true }),
	T('bug', 'unintentional', 'プログラム上の欠陥（バグ）', 'Software bugs'),
	T('maintenance', 'unintentional', 'メンテナンス不備', 'Poor maintenance'),
	T('equipment', 'unintentional', '機器故障', 'Equipment failure', { perSystem: true }),
	T('audit', 'unintentional', '内部・外部監査機能の不備', 'Weak internal or external audit'),
	T('outsourcing', 'unintentional', '外部委託管理の不備', 'Weak management of outsourcing'),
	T('management', 'unintentional', 'マネジメントの欠陥', 'Management defects'),
	T(
		'social_change',
		'unintentional',
		'社会環境の変化や制度改正（例: 暗号の危殆化、IPv6 への移行）',
		'Social or regulatory change (e.g. crypto compromise, IPv6 migration)',
		{
			scope: 'society'
		}
	),
	T('earthquake', 'disaster', '地震・水害・落雷・火災による施設の損壊', 'Earthquake, flood, lightning or fire damaging facilities', {
		perSystem: true
	}),
	T('pandemic', 'disaster', '感染症の流行による要員の不足', 'Staff shortage in an epidemic'),
	T(
		'major_disaster',
		'disaster',
		'大規模な地震・水害（例: 首都直下地震、荒川の氾濫）',
		'Major earthquake or flood (e.g. a Tokyo-area earthquake, the Arakawa flooding)',
		{
			scope: 'society'
		}
	),
	T('power_loss', 'spillover', '電力供給の途絶', 'Loss of power supply', { perDependency: ['power'] }),
	T('telecom_loss', 'spillover', '通信の途絶', 'Loss of communications', { perDependency: ['telecom'] }),
	T('water_loss', 'spillover', '水道供給の途絶', 'Loss of water supply', { perDependency: ['water'] }),
	T('fuel_loss', 'spillover', '燃料供給の途絶', 'Loss of fuel supply', { perDependency: ['fuel'] }),
	T('supplier_compromise', 'supply_chain', '委託先・供給者を経由した侵害', 'Compromise through an outsourcing partner or supplier', {
		perDependency: ['outsourcing', 'supplier']
	}),
	T('supplier_outage', 'supply_chain', 'クラウド・委託先のサービス停止', 'Outage of a cloud or outsourced service', {
		perDependency: ['cloud']
	}),
	T('tampered_product', 'supply_chain', '製品・ソフトウェアへの不正な機能の混入', 'Malicious functions built into products or software'),
	T('supplier_exit', 'supply_chain', '供給者の撤退・サポート終了', 'A supplier leaving the market or ending support')
];

export function threatByKey(key: string): Threat | undefined {
	return THREATS.find((t) => t.key === key);
}

export function threatsIn(category: RiskCategory): Threat[] {
	return THREATS.filter((t) => t.category === category);
}

/** A typed or chosen threat as stored: the catalogue key when it names a catalogue threat, else the text as typed. */
export function threatValue(text: string): string {
	const t = text.trim();
	return THREATS.find((x) => x.key === t || x.name.ja === t || x.name.en === t)?.key ?? t;
}

/** A stored threat for display: the catalogue name in `lang`, else the text as stored. */
export function threatLabel(value: string, lang: 'ja' | 'en'): string {
	return threatByKey(value)?.name[lang] ?? value;
}
