/**
 * Where an operator reports a critical-service failure, per sector: the
 * existing legal route to its ministry and the CEPTOAR (セプター) the
 * government uses to reach operators, as seed 001 別紙5 lists them (2009;
 * seed 004 shows the earlier version). Sectors added later (airports,
 * chemical, credit cards, petroleum) are not in the seeds: for them — and
 * wherever a seed names no route or CEPTOAR — the product says so and the
 * operator records its own. Pure data.
 */
import { MINISTRIES, sectorByCode, type Localized, type SectorCode } from '../sectors';

export interface ReportingRoute {
	/** Existing routes to the government, as the seed names them. Empty = the seed names none. */
	legalRoutes: Localized[];
	/** The sector's CEPTOAR(s), as the seed names them. Empty = the seed names none. */
	ceptoars: Localized[];
	/** A remark on how the seed describes it. */
	note?: Localized;
}

const EXISTING: Localized = { ja: '既存の連絡体制を活用する', en: 'Through the existing reporting route' };

export const REPORTING_ROUTES: Partial<Record<SectorCode, ReportingRoute>> = {
	telecom: {
		legalRoutes: [
			{
				ja: '電気通信事業法に基づく、業務の停止などの総務大臣への報告',
				en: 'Report of a service suspension etc. to the Minister of Internal Affairs and Communications under the Telecommunications Business Act'
			},
			{
				ja: '災害対策基本法に基づく、電気通信設備の被害状況などの報告',
				en: 'Report of damage to telecom facilities under the Disaster Countermeasures Basic Act'
			},
			{
				ja: '放送中止事故、重要無線通信の妨害などの総務省への連絡',
				en: 'Notice to MIC of broadcast interruptions and interference with important radio communications'
			}
		],
		ceptoars: [{ ja: 'T-CEPTOAR', en: 'T-CEPTOAR' }],
		note: {
			ja: '放送事業者は、放送分野の情報共有体制も使います。',
			en: 'Broadcasters also use the broadcasting sector’s information-sharing arrangement.'
		}
	},
	finance: {
		legalRoutes: [
			{
				ja: '業法（銀行法など）に基づく、サービスの遅延・停止などの内閣総理大臣（金融庁）への報告',
				en: 'Report of service delays or stops to the Prime Minister (FSA) under the business acts (Banking Act etc.)'
			}
		],
		ceptoars: [
			{ ja: '銀行等 CEPTOAR', en: 'Banks CEPTOAR' },
			{ ja: '証券 CEPTOAR', en: 'Securities CEPTOAR' },
			{ ja: '生命保険 CEPTOAR', en: 'Life insurance CEPTOAR' },
			{ ja: '損害保険 CEPTOAR', en: 'Non-life insurance CEPTOAR' }
		],
		note: { ja: '業態に合う CEPTOAR を選びます。', en: 'Choose the CEPTOAR of your line of business.' }
	},
	aviation: {
		legalRoutes: [
			{
				ja: '航空法に基づく、航空機の事故などの国土交通大臣への報告',
				en: 'Report of aircraft accidents etc. to the Minister of Land, Infrastructure, Transport and Tourism under the Civil Aeronautics Act'
			},
			{ ja: '事故に至らない障害は、IT 障害の連絡窓口へ連絡する', en: 'Failures short of an accident go to the IT-failure contact point' }
		],
		ceptoars: [{ ja: '航空分野の CEPTOAR', en: 'The aviation sector’s CEPTOAR' }]
	},
	railways: {
		legalRoutes: [
			{
				ja: '鉄道事故等報告規則に基づく、鉄道運転事故などの国土交通大臣への報告',
				en: 'Report of railway operating accidents etc. to the Minister of Land, Infrastructure, Transport and Tourism under the Railway accident reporting rules'
			}
		],
		ceptoars: [{ ja: '鉄道 CEPTOAR', en: 'Railway CEPTOAR' }]
	},
	electricity: {
		legalRoutes: [
			{
				ja: '電気関係報告規則に基づく、供給支障事故などの経済産業大臣への報告',
				en: 'Report of supply outages etc. to the Minister of Economy, Trade and Industry under the Electricity reporting rules'
			}
		],
		ceptoars: [
			{
				ja: '電力分野の IT 障害に係る情報共有・分析機能（セプター）',
				en: 'The electric-power sector’s information-sharing and analysis function for IT failures (CEPTOAR)'
			}
		],
		note: {
			ja: '行動計画は電力のセプターを固有の名称ではなく機能で記述しています。',
			en: 'The action plan describes the power sector’s CEPTOAR by its function, not by a proper name.'
		}
	},
	gas: {
		legalRoutes: [
			{
				ja: 'ガス事業法施行規則に基づく、一定規模以上の供給支障などの経済産業大臣への報告',
				en: 'Report of supply outages above a set size to the Minister of Economy, Trade and Industry under the Gas Business Act enforcement rules'
			}
		],
		ceptoars: [{ ja: 'GAS CEPTOAR', en: 'GAS CEPTOAR' }]
	},
	government: {
		legalRoutes: [
			{
				ja: '府省庁：「政府機関の情報システムに関する緊急時の連絡等について」に基づく内閣官房への連絡',
				en: 'Ministries: notice to the Cabinet Secretariat under the rules on emergency contact for government information systems'
			},
			{
				ja: '地方公共団体：「地方公共団体の情報システムに係る緊急時の連絡等について」に基づく連絡',
				en: 'Local governments: notice under the rules on emergency contact for local-government information systems'
			}
		],
		ceptoars: [{ ja: '自治体 CEPTOAR', en: 'Local-government CEPTOAR' }]
	},
	medical: {
		legalRoutes: [],
		ceptoars: [{ ja: '医療 CEPTOAR', en: 'Medical CEPTOAR' }]
	},
	water: {
		legalRoutes: [],
		ceptoars: [{ ja: '水道 CEPTOAR', en: 'Water CEPTOAR' }]
	},
	logistics: {
		legalRoutes: [
			{
				ja: '各事業法などに基づく、事故などの国土交通大臣への報告',
				en: 'Report of accidents etc. to the Minister of Land, Infrastructure, Transport and Tourism under the business acts'
			}
		],
		ceptoars: [{ ja: '物流 CEPTOAR', en: 'Logistics CEPTOAR' }]
	}
};

export interface SectorReporting {
	sector: SectorCode;
	ministry: Localized;
	legalRoutes: Localized[];
	ceptoars: Localized[];
	note?: Localized;
	/** The route of 別紙5 in an emergency: the existing route, or none named. */
	emergency: Localized;
	/** true when the seeds cover the sector at all. */
	inSeeds: boolean;
}

export const NO_LEGAL_ROUTE: Localized = {
	ja: '行動計画には、この分野の法令に基づく報告経路の記載がありません。所管省庁に確認し、自組織で記録してください。',
	en: 'The action plans name no legal reporting route for this sector. Check with your ministry and record your own.'
};
export const NO_CEPTOAR: Localized = {
	ja: '行動計画には、この分野のセプターの記載がありません。所属するセプター（または業界団体）があれば連絡先台帳に登録してください。',
	en: 'The action plans name no CEPTOAR for this sector. If you belong to one (or to an industry body that plays its part), add it to the contact register.'
};
export const NOT_IN_SEEDS: Localized = {
	ja: 'この分野は2009年の第2次行動計画より後に加わった分野のため、行動計画に連絡体制の記載がありません。',
	en: 'This sector joined after the 2009 Second Action Plan, which describes no contact arrangement for it.'
};

/** The sector's reporting facts, with the ministry from the sector table. */
export function sectorReporting(sector: SectorCode): SectorReporting {
	const route = REPORTING_ROUTES[sector];
	const ministry = MINISTRIES[sectorByCode(sector).ministry];
	if (!route) return { sector, ministry, legalRoutes: [], ceptoars: [], emergency: NOT_IN_SEEDS, inSeeds: false };
	return { sector, ministry, ...route, emergency: route.legalRoutes.length ? EXISTING : NO_LEGAL_ROUTE, inSeeds: true };
}

/** How far the reporter allows its report to be shared (seed 001 別添 2(1), 3(3)③). */
export const SHARING_SCOPES = ['government_only', 'same_sector', 'related_sectors', 'all_operators'] as const;
export type SharingScope = (typeof SHARING_SCOPES)[number];

export const SHARING_SCOPE_NAMES: Record<SharingScope, Localized> = {
	government_only: {
		ja: '政府内に限る（所管省庁と NISC／国家サイバー統括室）',
		en: 'Government only (the ministry and NISC / the National Cybersecurity Office)'
	},
	same_sector: { ja: '同じ分野の事業者まで（セプター経由）', en: 'Operators of the same sector (through the CEPTOAR)' },
	related_sectors: { ja: '関係する重要インフラ分野の事業者まで', en: 'Operators of related critical-infrastructure sectors' },
	all_operators: { ja: '重要インフラ事業者等の全体', en: 'All critical-infrastructure operators' }
};

export const ANONYMISATION_NOTE: Localized = {
	ja: '他の事業者へ共有されるときは、連絡した事業者が特定されないよう情報が加工されます（第2次行動計画 別添2(2)）。追加の条件があれば書き添えます。',
	en: 'When the information is passed on to other operators it is anonymised so that the reporter cannot be identified (Second Action Plan, 別添2(2)). Add any further conditions you set.'
};
