/**
 * Sector verification levels (検証レベル): what an IT malfunction must not
 * cause, as the action plans state it (seed 001 別紙1/別紙2; BRIEF §3).
 * Operators set their own service level using these as a reference.
 * Sectors added later (airports, chemical, credit, petroleum) have none.
 */
import type { Localized, SectorCode } from './sectors';

export interface VerificationLevel {
	importantSystems: Localized;
	level: Localized;
}

export const VERIFICATION_LEVELS: Partial<Record<SectorCode, VerificationLevel>> = {
	telecom: {
		importantSystems: {
			ja: 'ネットワークシステム、オペレーション支援システム（放送: ニュース・番組制作、編成・送出）',
			en: 'Network systems, operation support systems (broadcasting: news and programme production, scheduling and playout)'
		},
		level: {
			ja: '3万人以上の利用者に影響する電気通信役務の停止・品質低下が2時間以上続くこと（電気通信事業法施行規則第58条）、放送の停止',
			en: 'A stop or degradation of telecom service affecting 30,000 or more users for 2 hours or more (Telecommunications Business Act enforcement rule, art. 58); a broadcast stopping'
		}
	},
	finance: {
		importantSystems: {
			ja: '勘定系、資金証券系、国際系、対外接続系システム（保険: 保険業務システム、証券: 売買・取引所システム）',
			en: 'Core banking, funds and securities, international and external connection systems (insurance: insurance business systems; securities: trading and exchange systems)'
		},
		level: {
			ja: '預金の払い戻し、約定済み融資の実行、振込の遅延・停止（他の ATM・店舗で速やかに代替できる場合を除く）、保険金支払・売買の遅延・停止',
			en: 'Delay or stop of deposit withdrawals, of agreed loan execution or of transfers (unless other ATMs or branches quickly substitute); of claim payments; of trading or payment of sale proceeds'
		}
	},
	aviation: {
		importantSystems: {
			ja: '運航、予約・搭乗、整備、貨物、航空管制、気象情報システム',
			en: 'Flight operations, reservation and boarding, maintenance, cargo, air traffic control and weather information systems'
		},
		level: { ja: '定期便の欠航', en: 'Cancellation of scheduled flights' }
	},
	railways: {
		importantSystems: {
			ja: '列車運行管理、電力管理、座席予約システム',
			en: 'Train traffic management, power management and seat reservation systems'
		},
		level: { ja: '旅客輸送に影響する列車の運休', en: 'Train cancellations affecting passenger transport' }
	},
	electricity: {
		importantSystems: { ja: '制御システム、運転監視システム', en: 'Control systems and operation monitoring systems' },
		level: {
			ja: '10万kW以上の供給支障が10分以上続くこと（電気関係報告規則第3条）',
			en: 'A supply outage of 100,000 kW or more lasting 10 minutes or longer (Electricity reporting rule, art. 3)'
		}
	},
	gas: {
		importantSystems: {
			ja: 'プラント制御システム、遠隔監視・制御システム',
			en: 'Plant control systems and remote monitoring and control systems'
		},
		level: {
			ja: '30戸以上に影響する供給支障（ガス事業法施行規則第112条）',
			en: 'A supply outage affecting 30 or more households (Gas Business Act enforcement rule, art. 112)'
		}
	},
	government: {
		importantSystems: { ja: '各府省庁・地方公共団体の情報システム', en: 'Information systems of ministries and local governments' },
		level: {
			ja: '住民の権利利益の侵害。住民の安全を守れる時間内での復旧（例: Web による情報提供では個人情報の漏えいがなく、おおむね24時間以内の復旧）',
			en: 'Harm to residents’ rights; recovery within a time that keeps residents safe (e.g. web information services: no personal data leak and recovery within about 24 hours)'
		}
	},
	medical: {
		importantSystems: {
			ja: '診療録等の保存システム（電子カルテ、遠隔画像診断等）',
			en: 'Medical record systems (electronic records, remote image diagnosis)'
		},
		level: {
			ja: '診療録等の保存に支障が出ること（診療自体は IT がなくても継続できる）',
			en: 'Impaired storage of medical records (care itself can continue without IT)'
		}
	},
	water: {
		importantSystems: {
			ja: '水道施設・水質の監視システム、施設の制御システム',
			en: 'Water facility and water quality monitoring systems, facility control systems'
		},
		level: {
			ja: '断水・減水、水質異常、給水に影響する制御系の重大な障害',
			en: 'Water outage or reduced supply, abnormal water quality, or a major control-system failure affecting supply'
		}
	},
	logistics: {
		importantSystems: {
			ja: '集配管理、貨物追跡、倉庫管理システム',
			en: 'Pickup and delivery management, cargo tracking and warehouse management systems'
		},
		level: { ja: '貨物輸送の停止または貨物の滅失', en: 'A stop of cargo transport or loss of cargo' }
	}
};
