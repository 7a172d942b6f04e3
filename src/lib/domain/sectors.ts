/**
 * The 14 critical-infrastructure sectors (BRIEF §2, seed 002) with their
 * supervising ministries, and the two operator classes (seed 000).
 * Pure data: no I/O, no Svelte.
 */
export type Localized = { ja: string; en: string };

export const SECTOR_CODES = [
	'telecom',
	'finance',
	'aviation',
	'airports',
	'railways',
	'electricity',
	'gas',
	'government',
	'medical',
	'water',
	'logistics',
	'chemical',
	'credit',
	'petroleum'
] as const;

export type SectorCode = (typeof SECTOR_CODES)[number];

export type Ministry = 'MIC' | 'FSA' | 'MLIT' | 'METI' | 'MHLW';

export const MINISTRIES: Record<Ministry, Localized> = {
	MIC: { ja: '総務省', en: 'Ministry of Internal Affairs and Communications (MIC)' },
	FSA: { ja: '金融庁', en: 'Financial Services Agency (FSA)' },
	MLIT: { ja: '国土交通省', en: 'Ministry of Land, Infrastructure, Transport and Tourism (MLIT)' },
	METI: { ja: '経済産業省', en: 'Ministry of Economy, Trade and Industry (METI)' },
	MHLW: { ja: '厚生労働省', en: 'Ministry of Health, Labour and Welfare (MHLW)' }
};

export interface Sector {
	code: SectorCode;
	name: Localized;
	ministry: Ministry;
	/** true for the ten sectors of the 2009 second action plan (seed 001). */
	inSecondActionPlan: boolean;
}

export const SECTORS: readonly Sector[] = [
	{ code: 'telecom', name: { ja: '情報通信', en: 'Information & communications' }, ministry: 'MIC', inSecondActionPlan: true },
	{ code: 'finance', name: { ja: '金融', en: 'Finance' }, ministry: 'FSA', inSecondActionPlan: true },
	{ code: 'aviation', name: { ja: '航空', en: 'Aviation' }, ministry: 'MLIT', inSecondActionPlan: true },
	{ code: 'airports', name: { ja: '空港', en: 'Airports' }, ministry: 'MLIT', inSecondActionPlan: false },
	{ code: 'railways', name: { ja: '鉄道', en: 'Railways' }, ministry: 'MLIT', inSecondActionPlan: true },
	{ code: 'electricity', name: { ja: '電力', en: 'Electric power' }, ministry: 'METI', inSecondActionPlan: true },
	{ code: 'gas', name: { ja: 'ガス', en: 'Gas' }, ministry: 'METI', inSecondActionPlan: true },
	{
		code: 'government',
		name: {
			ja: '政府・行政サービス（含・地方公共団体）',
			en: 'Government & administrative services (incl. local governments)'
		},
		ministry: 'MIC',
		inSecondActionPlan: true
	},
	{ code: 'medical', name: { ja: '医療', en: 'Medical' }, ministry: 'MHLW', inSecondActionPlan: true },
	{ code: 'water', name: { ja: '水道', en: 'Water' }, ministry: 'MHLW', inSecondActionPlan: true },
	{ code: 'logistics', name: { ja: '物流', en: 'Logistics' }, ministry: 'MLIT', inSecondActionPlan: true },
	{ code: 'chemical', name: { ja: '化学', en: 'Chemical' }, ministry: 'METI', inSecondActionPlan: false },
	{ code: 'credit', name: { ja: 'クレジット', en: 'Credit cards' }, ministry: 'METI', inSecondActionPlan: false },
	{ code: 'petroleum', name: { ja: '石油', en: 'Petroleum' }, ministry: 'METI', inSecondActionPlan: false }
];

const BY_CODE = new Map(SECTORS.map((s) => [s.code, s]));

export function isSectorCode(value: string): value is SectorCode {
	return BY_CODE.has(value as SectorCode);
}

export function sectorByCode(code: SectorCode): Sector {
	const sector = BY_CODE.get(code);
	if (!sector) throw new Error(`unknown sector: ${code}`);
	return sector;
}

/** Operator classes (seed 000): leading operators (先導的取組を行う事業者) and others. */
export const OPERATOR_CLASSES = ['leading', 'other'] as const;
export type OperatorClass = (typeof OPERATOR_CLASSES)[number];

export const OPERATOR_CLASS_NAMES: Record<OperatorClass, Localized> = {
	leading: { ja: '先導的取組を行う事業者', en: 'Leading operator' },
	other: { ja: 'その他の事業者', en: 'Other operator' }
};
