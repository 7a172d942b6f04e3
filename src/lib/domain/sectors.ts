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

/**
 * The sectors for which seed 000 names leading operators, with its examples:
 * operators on which others depend heavily and whose critical-service
 * failures have a large impact even when short. For any other sector the
 * seeds give no such class: choosing it is the operator's own designation.
 */
export const LEADING_OPERATOR_EXAMPLES: Partial<Record<SectorCode, Localized>> = {
	finance: { ja: '主要都市銀行等', en: 'major city banks and similar' },
	telecom: { ja: '主要電気通信事業者等', en: 'major telecommunications carriers and similar' },
	electricity: { ja: '一般送配電事業者等', en: 'general transmission and distribution operators and similar' }
};

/** Whether seed 000 defines leading operators for the sector. */
export const leadingDefinedFor = (sector: SectorCode): boolean => LEADING_OPERATOR_EXAMPLES[sector] !== undefined;

/** The class as shown for an operator of a sector: "leading" outside the three sectors says it is the operator's own designation. */
export function operatorClassLabel(cls: OperatorClass, sector: SectorCode | ''): Localized {
	if (cls !== 'leading' || sector === '' || leadingDefinedFor(sector)) return OPERATOR_CLASS_NAMES[cls];
	return { ja: '先導的取組を行う事業者（自社の判断による位置づけ）', en: 'Leading operator (own designation)' };
}

/** What the seeds say about the leading class in a sector, for the form that chooses the class. */
export function operatorClassNote(sector: SectorCode | ''): Localized {
	const example = sector === '' ? undefined : LEADING_OPERATOR_EXAMPLES[sector];
	if (example) {
		return {
			ja: `NISC の行動計画の資料は、この分野の先導的取組を行う事業者の例として「${example.ja}」を挙げています。他の事業者からの依存が大きく、短時間の重要インフラサービス障害でも影響が大きい事業者で、ISACへの加盟、侵入テスト、NISCとのホットラインなどの先導的取組が期待されます。`,
			en: `NISC’s action-plan material names ${example.en} as leading operators in this sector: operators on which others depend heavily and whose critical-service failures have a large impact even when short. They are expected to go further: join an ISAC, run penetration tests, keep a hotline with NISC.`
		};
	}
	return {
		ja: 'NISC の行動計画の資料が先導的取組を行う事業者を例示しているのは、金融・情報通信・電力の3分野だけです。ほかの分野で「先導的取組を行う事業者」を選ぶ場合は自社の判断による位置づけとなり、先導的取組の項目が自己検証に加わります。',
		en: 'NISC’s action-plan material names leading operators only for finance, information and communications, and electric power. Choosing "leading operator" in another sector is your own designation; the leading-operator measures are then added to the self-check.'
	};
}
