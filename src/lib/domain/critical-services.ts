/**
 * What the 2009 second action plan (seed 001) says about each of its ten
 * sectors: the target operators and examples of failures (別紙1), and the
 * named critical services with their legal bases (別紙2). Offered as
 * suggestions when an operator fills in its register of critical services;
 * each operator still decides its own. Pure data.
 */
import type { Localized, SectorCode } from './sectors';

export interface ServiceSuggestion {
	/** The service as 別紙2 names it, e.g. 電気通信役務. */
	name: Localized;
	/** What the service is, in our words. */
	description: Localized;
	/** The law (and article) 別紙2 cites for it; null when it cites none. */
	legalBasis: Localized | null;
	/** For finance: the type of business the service belongs to. */
	business?: Localized;
}

export interface SectorReference {
	/** 対象となる重要インフラ事業者等 (別紙1). */
	targetOperators: Localized[];
	/** IT障害やその影響の例 (別紙1): failures the 2009 plan named, now called critical-service failures. */
	failureExamples: Localized[];
	/** 重要インフラサービス (別紙2). */
	services: ServiceSuggestion[];
}

/** Where the suggestions come from, shown with them. */
export const SECTOR_REFERENCE_SOURCE: Localized = {
	ja: '2009年2月の第2次行動計画 別紙1（対象となる事業者、障害の例）と別紙2（重要インフラサービスと根拠法令）による例示です。当時の「IT障害」は現在の「重要インフラサービス障害」に当たります。対象とするサービスは各事業者が定めます。',
	en: 'Examples from attachments 1 (target operators, examples of failures) and 2 (critical services and their legal bases) of the February 2009 second action plan. What it called an "IT failure" is today a critical-service failure. Each operator decides which services it registers.'
};

const L = (ja: string, en: string): Localized => ({ ja, en });
const BANK = L('銀行', 'Banks');
const LIFE = L('生命保険', 'Life insurance');
const NONLIFE = L('損害保険', 'Non-life insurance');
const SEC = L('証券会社・金融商品取引所', 'Securities companies and exchanges');

export const SECTOR_REFERENCES: Partial<Record<SectorCode, SectorReference>> = {
	telecom: {
		targetOperators: [L('主要な電気通信事業者', 'Major telecommunications carriers'), L('主要な放送事業者', 'Major broadcasters')],
		failureExamples: [
			L('電気通信サービスの停止', 'Telecom services stop'),
			L('電気通信サービスの安全・安定供給に対する支障', 'Safe and stable telecom supply is impaired'),
			L('放送サービスの停止', 'Broadcasting stops')
		],
		services: [
			{
				name: L('電気通信役務', 'Telecommunications service'),
				description: L(
					'電気通信設備を使って他人の通信を媒介し、または電気通信設備を他人の通信に使わせること',
					'Carrying other people’s communications over telecom facilities, or letting others use the facilities for their communications'
				),
				legalBasis: L('電気通信事業法 第2条', 'Telecommunications Business Act, art. 2')
			},
			{
				name: L('放送', 'Broadcasting'),
				description: L(
					'公衆が直接受信することを目的とする無線通信の送信',
					'Radio transmission meant to be received directly by the public'
				),
				legalBasis: L('放送法 第2条', 'Broadcast Act, art. 2')
			}
		]
	},
	finance: {
		targetOperators: [
			L('銀行、信用金庫、信用組合、農業協同組合等', 'Banks, shinkin banks, credit cooperatives, agricultural cooperatives and similar'),
			L('生命保険・損害保険・証券会社等', 'Life and non-life insurers, securities companies and similar'),
			L('金融商品取引所等', 'Financial instruments exchanges and similar')
		],
		failureExamples: [
			L('預金の払出し、振込等の資金移動、融資業務の停止', 'Withdrawals, transfers and other fund movements, or lending, stop'),
			L('保険金の支払い停止', 'Insurance payouts stop'),
			L('有価証券売買の停止', 'Securities trading stops')
		],
		services: [
			{
				business: BANK,
				name: L('預金', 'Deposits'),
				description: L('預金・定期積金等の受入れ', 'Accepting deposits and instalment savings'),
				legalBasis: L('銀行法 第10条第1項第1号', 'Banking Act, art. 10(1)(i)')
			},
			{
				business: BANK,
				name: L('貸付', 'Loans'),
				description: L('資金の貸付けと手形の割引', 'Lending money and discounting bills'),
				legalBasis: L('銀行法 第10条第1項第2号', 'Banking Act, art. 10(1)(ii)')
			},
			{
				business: BANK,
				name: L('為替', 'Fund transfers'),
				description: L('為替取引（銀行振込など）', 'Exchange transactions such as bank transfers'),
				legalBasis: L('銀行法 第10条第1項第3号', 'Banking Act, art. 10(1)(iii)')
			},
			{
				business: LIFE,
				name: L('保険金等の支払い', 'Payment of claims'),
				description: L('保険金等の支払請求の受付、支払審査、支払い', 'Receiving, assessing and paying insurance claims'),
				legalBasis: null
			},
			{
				business: NONLIFE,
				name: L('保険金等の支払い', 'Payment of claims'),
				description: L('事故受付、損害調査等、保険金等の支払い', 'Receiving accident reports, loss adjustment and paying claims'),
				legalBasis: null
			},
			{
				business: SEC,
				name: L('有価証券の売買等', 'Securities trading'),
				description: L(
					'有価証券の売買、市場デリバティブ取引と外国市場デリバティブ取引',
					'Trading securities, market derivatives and foreign market derivatives'
				),
				legalBasis: L('金融商品取引法 第2条第8項第1号', 'Financial Instruments and Exchange Act, art. 2(8)(i)')
			},
			{
				business: SEC,
				name: L('有価証券の売買等の取引の媒介、取次ぎ又は代理', 'Brokerage of securities trading'),
				description: L(
					'有価証券の売買や市場デリバティブ取引等の媒介・取次ぎ・代理',
					'Acting as intermediary, broker or agent in securities and derivatives trading'
				),
				legalBasis: L('金融商品取引法 第2条第8項第2号', 'Financial Instruments and Exchange Act, art. 2(8)(ii)')
			},
			{
				business: SEC,
				name: L('有価証券等清算取次ぎ', 'Clearing brokerage'),
				description: L('有価証券等の清算の取次ぎ', 'Brokering the clearing of securities'),
				legalBasis: L('金融商品取引法 第2条第8項第5号', 'Financial Instruments and Exchange Act, art. 2(8)(v)')
			},
			{
				business: SEC,
				name: L('金融商品市場の開設', 'Operating a financial instruments market'),
				description: L(
					'有価証券の売買や市場デリバティブ取引を行う市場施設の提供など、取引所金融商品市場の開設に係る業務',
					'Providing the market facilities for securities and derivatives trading and other work of running an exchange market'
				),
				legalBasis: L(
					'金融商品取引法 第2条第14項・第16項、第80条、第84条',
					'Financial Instruments and Exchange Act, art. 2(14) and (16), arts. 80 and 84'
				)
			}
		]
	},
	aviation: {
		targetOperators: [
			L('主たる定期航空運送事業者', 'The main scheduled air carriers'),
			L('国土交通省（航空管制・気象）', 'MLIT (air traffic control and weather)')
		],
		failureExamples: [
			L('運航の遅延、欠航', 'Flight delays and cancellations'),
			L('航空機の安全運航に対する支障', 'Impaired flight safety')
		],
		services: [
			{
				name: L('旅客、貨物の航空輸送サービス', 'Air transport of passengers and cargo'),
				description: L(
					'他人の需要に応じて航空機で有償で旅客や貨物を運送する事業',
					'Carrying passengers or cargo by aircraft for payment on demand'
				),
				legalBasis: L('航空法 第2条', 'Civil Aeronautics Act, art. 2')
			},
			{
				name: L('航空交通管制業務', 'Air traffic control'),
				description: L('空域の適正な利用と安全・円滑な航空交通の確保', 'Proper use of airspace and safe, smooth air traffic'),
				legalBasis: L('航空法 第95条の2', 'Civil Aeronautics Act, art. 95-2')
			},
			{
				name: L('気象情報配信', 'Weather information'),
				description: L('航空機の利用に適合する予報・警報等の配信', 'Forecasts and warnings suited to aviation'),
				legalBasis: L('気象業務法 第14条', 'Meteorological Service Act, art. 14')
			},
			{
				name: L('予約、発券、搭乗・搭載手続き', 'Reservation, ticketing, boarding and loading'),
				description: L(
					'旅客・貨物の予約、航空券の発券と料金徴収、チェックイン・搭乗、貨物の搭載',
					'Passenger and cargo reservations, ticketing and fares, check-in and boarding, cargo loading'
				),
				legalBasis: null
			},
			{
				name: L('運航整備', 'Maintenance'),
				description: L('航空機の点検・整備', 'Inspection and maintenance of aircraft'),
				legalBasis: null
			},
			{
				name: L('飛行計画作成', 'Flight planning'),
				description: L('飛行計画の作成と航空局への提出', 'Preparing flight plans and filing them with the Civil Aviation Bureau'),
				legalBasis: null
			}
		]
	},
	railways: {
		targetOperators: [
			L(
				'JR各社及び大手民間鉄道事業者等の主要な鉄道事業者',
				'The JR companies, the major private railways and other major railway operators'
			)
		],
		failureExamples: [
			L('列車運行の遅延、運休', 'Train delays and cancellations'),
			L('列車の安全安定輸送に対する支障', 'Impaired safe and stable train transport')
		],
		services: [
			{
				name: L('旅客輸送サービス', 'Passenger transport'),
				description: L('他人の需要に応じて鉄道で旅客や貨物を運送する事業', 'Carrying passengers or freight by rail on demand'),
				legalBasis: L('鉄道事業法 第2条', 'Railway Business Act, art. 2')
			},
			{
				name: L('発券、入出場手続き', 'Ticketing and station entry'),
				description: L(
					'座席の予約、乗車券の販売、入出場の際の乗車券等の確認',
					'Seat reservations, ticket sales and checking tickets at the gates'
				),
				legalBasis: null
			}
		]
	},
	electricity: {
		targetOperators: [
			L(
				'一般電気事業者、日本原子力発電(株)及び電源開発(株)',
				'The general electricity utilities, Japan Atomic Power Company and Electric Power Development Co. (J-POWER)'
			)
		],
		failureExamples: [
			L('電力供給の停止', 'Power supply stops'),
			L('電力プラントの安全運用に対する支障', 'Impaired safe operation of power plants')
		],
		services: [
			{
				name: L('一般電気事業', 'General electricity supply'),
				description: L('一般の需要に応じて電気を供給する事業', 'Supplying electricity to meet general demand'),
				legalBasis: L('電気事業法 第2条・第18条', 'Electricity Business Act, arts. 2 and 18')
			}
		]
	},
	gas: {
		targetOperators: [L('主要なガス事業者', 'Major gas utilities')],
		failureExamples: [
			L('ガスの供給の停止', 'Gas supply stops'),
			L('ガスプラントの安全運用に対する支障', 'Impaired safe operation of gas plants')
		],
		services: [
			{
				name: L('一般ガス事業', 'General gas supply'),
				description: L('一般の需要に応じて導管でガスを供給する事業', 'Supplying gas through pipelines to meet general demand'),
				legalBasis: L('ガス事業法 第2条', 'Gas Business Act, art. 2')
			}
		]
	},
	government: {
		targetOperators: [L('各府省庁', 'The ministries and agencies'), L('地方公共団体', 'Local governments')],
		failureExamples: [
			L('政府・行政サービスに対する支障', 'Government and administrative services are impaired'),
			L('個人情報の漏えい、盗聴、改ざん', 'Personal data is leaked, intercepted or tampered with')
		],
		services: [
			{
				name: L('地方公共団体の行政サービス', 'Administrative services of local governments'),
				description: L(
					'地域における事務と、法律やこれに基づく政令で処理することとされる事務',
					'Local affairs and the affairs that laws and cabinet orders assign to local governments'
				),
				legalBasis: L('地方自治法 第2条第2項', 'Local Autonomy Act, art. 2(2)')
			}
		]
	},
	medical: {
		targetOperators: [L('医療機関', 'Medical institutions')],
		failureExamples: [L('診療支援部門における業務への支障', 'Impaired work of clinical support departments')],
		services: [
			{
				name: L('診療', 'Medical care'),
				description: L(
					'診察や治療等の行為と、診療録・診療諸記録類等の記録・保存',
					'Examination and treatment, and recording and keeping medical records'
				),
				legalBasis: L('医師法 第24条第2項（保存）', 'Medical Practitioners Act, art. 24(2) (record keeping)')
			}
		]
	},
	water: {
		targetOperators: [
			L('水道事業者及び水道用水供給事業者（小規模なものを除く）', 'Water utilities and bulk water suppliers, small ones excepted')
		],
		failureExamples: [
			L('水道による水の供給の停止', 'Water supply stops'),
			L('不適当な水質の水の供給', 'Water of unsuitable quality is supplied')
		],
		services: [
			{
				name: L('水道による水の供給', 'Water supply'),
				description: L(
					'一般の需要に応じ、導管その他の工作物で飲用水を供給する事業',
					'Supplying drinking water through pipes and other works to meet general demand'
				),
				legalBasis: L('水道法 第3条・第15条', 'Water Supply Act, arts. 3 and 15')
			}
		]
	},
	logistics: {
		targetOperators: [L('大手物流事業者', 'Major logistics operators')],
		failureExamples: [L('輸送の遅延・停止', 'Transport is delayed or stops'), L('貨物の所在追跡困難', 'Cargo can no longer be tracked')],
		services: [{ name: L('物流', 'Logistics'), description: L('貨物の運送と保管', 'Carrying and storing cargo'), legalBasis: null }]
	}
};
