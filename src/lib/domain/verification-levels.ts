/**
 * Sector verification levels (検証レベル): the threshold below which a
 * critical service counts as failed because of an IT malfunction, as the
 * 2009 second action plan set them (seed 001 別紙2; important systems from
 * 別紙1; BRIEF §3). Operators set their own service level using these as a
 * reference. The plan set them for its ten sectors; sectors added later
 * (airports, chemical, credit, petroleum) have none.
 */
import type { Localized, SectorCode } from './sectors';

export interface VerificationLevel {
	importantSystems: Localized;
	level: Localized;
}

/** Where the levels come from, and the 2009 term they were written for. Shown wherever a level is. */
export const VERIFICATION_LEVEL_SOURCE: Localized = {
	ja: '検証レベルは、2009年2月の「重要インフラの情報セキュリティ対策に係る第2次行動計画」別紙2が10分野について示したものです。当時の「IT障害」は、現在の用語では「重要インフラサービス障害」に当たります。',
	en: 'The verification levels are those set for ten sectors in attachment 2 (別紙2) of the second action plan on information security of critical infrastructure (February 2009). What that plan called an "IT failure" (IT障害) is today called a critical-service failure (重要インフラサービス障害).'
};

export const VERIFICATION_LEVELS: Partial<Record<SectorCode, VerificationLevel>> = {
	telecom: {
		importantSystems: {
			ja: 'ネットワークシステム、オペレーションサポートシステム（放送: ニュース・番組制作システム、編成・運行システム）',
			en: 'Network systems, operation support systems (broadcasting: news and programme production systems, programme scheduling and playout systems)'
		},
		level: {
			ja: '電気通信設備の故障により、役務提供の停止・品質の低下が3万以上の利用者に対し2時間以上継続する事故が生じないこと（電気通信事業法施行規則第58条）。ITの機能不全により放送の停止が生じないこと',
			en: 'No accident in which equipment failure stops or degrades telecom service for 30,000 or more users for 2 hours or more (Telecommunications Business Act enforcement rule, art. 58); no stop of broadcasting caused by an IT malfunction'
		}
	},
	finance: {
		importantSystems: {
			ja: '勘定系、資金証券系、国際系、対外接続系システム（保険: 保険業務システム、証券: 証券取引システム、取引所システム）',
			en: 'Core banking, funds and securities, international and external connection systems (insurance: insurance business systems; securities: securities trading and exchange systems)'
		},
		level: {
			ja: 'ITの機能不全により、預金の払戻し、融資承諾をした貸付の実行、為替（銀行振込）、保険金等の支払い、預り有価証券等の売却・解約代金の払出しや有価証券の売買等に遅延・停止が生じないこと（他のシステム・機器が速やかに交替することで実質的な影響が生じない場合を除く）',
			en: 'No delay or stop, caused by an IT malfunction, of deposit withdrawals, of the execution of loans already approved, of fund transfers, of insurance payouts, or of paying out or trading securities (except where other systems or devices take over quickly so that there is no real effect)'
		}
	},
	aviation: {
		importantSystems: {
			ja: '運航、予約・搭乗、整備、貨物、航空管制、気象情報システム',
			en: 'Flight operations, reservation and boarding, maintenance, cargo, air traffic control and weather information systems'
		},
		level: {
			ja: 'ITの機能不全により、貨客の運送に支障を及ぼす定期便の欠航が生じないこと',
			en: 'No cancellation of scheduled flights that disrupts the carriage of passengers or cargo, caused by an IT malfunction'
		}
	},
	railways: {
		importantSystems: {
			ja: '列車運行管理、電力管理、座席予約システム',
			en: 'Train traffic management, power management and seat reservation systems'
		},
		level: {
			ja: 'ITの機能不全により、旅客の輸送に支障を及ぼす列車の運休が生じないこと',
			en: 'No train cancellation that disrupts passenger transport, caused by an IT malfunction'
		}
	},
	electricity: {
		importantSystems: { ja: '制御システム、運転監視システム', en: 'Control systems and operation monitoring systems' },
		level: {
			ja: 'ITの機能不全により、供給支障電力が10万キロワット以上で、その支障時間が10分以上の供給支障事故が生じないこと（電気関係報告規則第3条）',
			en: 'No supply outage of 100,000 kW or more lasting 10 minutes or longer, caused by an IT malfunction (Electricity reporting rules, art. 3)'
		}
	},
	gas: {
		importantSystems: {
			ja: 'プラント制御システム、遠隔監視・制御システム',
			en: 'Plant control systems and remote monitoring and control systems'
		},
		level: {
			ja: 'ITの機能不全により、供給支障戸数が30以上の供給支障事故が生じないこと（ガス事業法施行規則第112条）',
			en: 'No supply outage affecting 30 or more households, caused by an IT malfunction (Gas Business Act enforcement rule, art. 112)'
		}
	},
	government: {
		importantSystems: { ja: '各府省庁・地方公共団体の情報システム', en: 'Information systems of ministries and local governments' },
		level: {
			ja: '地方公共団体の行政サービスについて、ITの機能不全により住民等の権利利益の保護に支障が生じないこと。住民等の安全・安心を確保できる時間内にシステムを復旧すること（例: ホームページによる情報提供では個人情報の漏えいがなく、提供不能や誤った内容の提供が起きてもおおむね24時間以内に復旧すること）',
			en: 'For the administrative services of local governments: no impairment of the protection of residents’ rights and interests caused by an IT malfunction, and recovery within a time that keeps residents safe and secure (e.g. for information on the website: no personal data leak, and recovery within about 24 hours from an outage or wrong content)'
		}
	},
	medical: {
		importantSystems: {
			ja: '診療録等の管理システム（いわゆる電子カルテ、遠隔画像診断）',
			en: 'Medical record management systems (electronic medical records, remote image diagnosis)'
		},
		level: {
			ja: 'ITの機能不全により、診療録等の保存に支障が生じないこと（診察や治療等の行為はITの依存度によらず継続できる）',
			en: 'No impairment of the storage of medical records caused by an IT malfunction (examination and treatment can continue whatever the reliance on IT)'
		}
	},
	water: {
		importantSystems: {
			ja: '水道施設や水道水の監視システム、水道施設の制御システム',
			en: 'Monitoring systems for water facilities and tap water, control systems of water facilities'
		},
		level: {
			ja: 'ITの機能不全により、断減水、水質異常、重大なシステム障害のうち給水に支障を及ぼすものが生じないこと',
			en: 'No water outage or reduced supply, abnormal water quality, or major system failure that affects supply, caused by an IT malfunction'
		}
	},
	logistics: {
		importantSystems: {
			ja: '集配管理、貨物追跡、倉庫管理システム',
			en: 'Pickup and delivery management, cargo tracking and warehouse management systems'
		},
		level: {
			ja: 'ITの機能不全により、貨物運送の停止や貨物の紛失が生じないこと',
			en: 'No stop of cargo transport and no lost cargo caused by an IT malfunction'
		}
	}
};
