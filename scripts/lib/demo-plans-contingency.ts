/**
 * The demo power operator's contact register and contingency plan
 * (fictional people, fictional numbers). Used by scripts/demo-plans.ts.
 */
export interface DemoContact {
	key: string;
	category: string;
	name: string;
	affiliation: string;
	role: string;
	phone: string;
	phone_alt?: string;
	email?: string;
	hours: string;
	deputyOf?: string;
	notes?: string;
}

export const CONTACTS: DemoContact[] = [
	{
		key: 'lead',
		category: 'csirt',
		name: '守谷 翔太',
		affiliation: '情報セキュリティ室',
		role: 'CSIRT 責任者',
		phone: '03-0000-1101',
		phone_alt: '090-0000-1101',
		email: 'csirt@tohto-grid.example',
		hours: '24時間（携帯）'
	},
	{
		key: 'deputy',
		category: 'csirt',
		name: '北条 美咲',
		affiliation: '情報セキュリティ室',
		role: 'CSIRT 副責任者',
		phone: '03-0000-1102',
		phone_alt: '090-0000-1102',
		email: 'csirt@tohto-grid.example',
		hours: '24時間（携帯）',
		deputyOf: 'lead'
	},
	{
		key: 'control',
		category: 'internal',
		name: '給電指令所 当直長',
		affiliation: '系統運用部',
		role: '系統の監視・操作の当直責任者',
		phone: '03-0000-2200',
		hours: '24時間'
	},
	{
		key: 'ciso',
		category: 'executive',
		name: '経営 一郎',
		affiliation: '常務取締役（CISO）',
		role: '対策本部長',
		phone: '03-0000-1000',
		phone_alt: '090-0000-1000',
		hours: '24時間（携帯）'
	},
	{
		key: 'ministry',
		category: 'ministry',
		name: '経済産業省 電力の保安・事故報告窓口（デモ用の架空番号）',
		affiliation: '経済産業省',
		role: '電気関係報告規則に基づく事故報告の受付',
		phone: '03-0000-9001',
		email: 'denryoku-hoan@meti.example',
		hours: '平日 9:30〜18:15（時間外は当番携帯）',
		notes: '時間外は当番携帯 090-0000-9001'
	},
	{
		key: 'ceptoar',
		category: 'ceptoar',
		name: '電力分野セプター事務局（デモ用の架空窓口）',
		affiliation: '電力分野の情報共有・分析機能',
		role: '注意喚起の受信・事例共有',
		phone: '03-0000-9101',
		email: 'ceptoar@power-isac.example',
		hours: '平日 9:00〜17:30'
	},
	{
		key: 'nco',
		category: 'nisc',
		name: '国家サイバー統括室 重要インフラ担当（デモ用の架空窓口）',
		affiliation: '国家サイバー統括室（旧 NISC）',
		role: '早期警戒情報の受信',
		phone: '03-0000-9201',
		hours: '24時間'
	},
	{
		key: 'police',
		category: 'police',
		name: '警視庁 サイバー犯罪相談窓口（デモ用の架空番号）',
		affiliation: '警視庁',
		role: 'サイバー攻撃の相談・被害届',
		phone: '03-0000-9301',
		hours: '24時間'
	},
	{
		key: 'jpcert',
		category: 'agency',
		name: 'JPCERT/CC インシデント対応窓口（デモ用の架空連絡先）',
		affiliation: 'JPCERT コーディネーションセンター',
		role: '技術的な助言・調整',
		phone: '03-0000-9401',
		email: 'info@jpcert.example',
		hours: '平日 9:00〜18:00'
	},
	{
		key: 'vendor',
		category: 'supplier',
		name: '日興電機製作所 制御システム保守センター（架空）',
		affiliation: '日興電機製作所 制御システム事業部',
		role: 'SCADA・RTU の保守とリモート保守の受付',
		phone: '0120-000-501',
		email: 'support@nikko-denki.example',
		hours: '24時間（2時間以内に駆けつけ）'
	},
	{
		key: 'carrier',
		category: 'supplier',
		name: '東和テレコム 専用線保守窓口（架空）',
		affiliation: '東和テレコム株式会社',
		role: '制御用専用線の障害受付',
		phone: '0120-000-502',
		hours: '24時間'
	}
];

export const CONTINGENCY_SECTIONS: Record<string, string> = {
	csirt: `## 体制
CSIRT は情報セキュリティ室（4名）を中心に、系統運用部・通信ネットワーク部・システム部の兼務者（各1名）で構成します。制御系の判断は系統運用部の兼務者が、情報系の判断はシステム部の兼務者が担当します。

## 平常時の活動
脆弱性情報とセプターからの注意喚起を毎朝確認し、制御系に関わるものは当日中に影響を判断します。年2回、演習を行います。
`,
	detection: `## 検知の手段
- 制御系ネットワークの監視装置（24時間、給電指令所で監視）
- 情報系の EDR と SOC（委託）からの通報
- 現場・需要家からの異常の申告

## 記録の取り方
検知した時刻・見た人・見た事象を、その場でインシデント記録（mamori）に残します。判断の理由も時系列に書きます。
`,
	reporting: `## 連絡の判断
供給支障が電気関係報告規則の基準に当たる場合は事故報告として、サイバー攻撃の可能性がある場合はその旨を添えて、経済産業省へ連絡します。基準に当たるか迷うときも、まず第1報を入れます。
`,
	containment: `## 封じ込めの手段
- 制御系と情報系の間のファイアウォールで通信を遮断する（CSIRT 責任者が判断、当直長が実施）
- 感染が疑われる端末をネットワークから外し、電源は切らずに保全する
- 保守用リモート接続を全面停止する

## 証拠の保全
ログと端末イメージは委託先の SOC と協力して取得し、取得者と時刻を記録します。
`,
	recovery: `## 復旧手順
待機系（第二給電指令所）で運用を続けながら、本系をクリーンな媒体から再構築します。再構築の後、24時間の監視強化期間を置きます。

## 再開の判断
CSIRT 責任者と系統運用部長の両名が、原因の除去と監視の正常を確認してから本系に戻します。
`,
	review: `## 振り返りの進め方
終結から2週間以内に、関係部署で事後レビューを開きます。時系列を確認し、深刻度を記録し、教訓を改善措置にして担当と期限を決めます。

## 改善への反映
改善措置は mamori で完了まで追跡し、BCP とこの計画の見直しに反映します。
`
};

export const ESCALATION = [
	{ trigger: '制御系ネットワークでの不審な通信の検知', notify: 'CSIRT 責任者と給電指令所 当直長', contact: 'lead', within: 15 },
	{ trigger: '重要システムの停止、またはサイバー攻撃の可能性が高いとき', notify: '対策本部長（CISO）', contact: 'ciso', within: 30 },
	{ trigger: '報告基準に当たる供給支障のおそれ', notify: '経済産業省の事故報告窓口', contact: 'ministry', within: 60 }
];

export const TRIAGE: Record<string, { first: string; decides: string; within: number | null }> = {
	precursor: {
		first: 'セプター・警察からの予告情報を受けたら、対象の機器とログを確認し、保守用リモート接続を一時停止する。',
		decides: 'CSIRT 責任者',
		within: 24 * 60
	},
	minor_failure: {
		first: '待機系への切替の要否を当直長が判断し、原因を保守ベンダーと調べる。',
		decides: '給電指令所 当直長',
		within: null
	},
	major_failure: {
		first: 'BCP を発動し、待機系へ切り替える。報告基準に当たるかを系統運用部が判断する。',
		decides: '系統運用部長',
		within: 60
	},
	attack_confirmed: {
		first: '制御系と情報系を切り離し、証拠を保全する。警察と JPCERT/CC に相談する。',
		decides: '対策本部長（CISO）',
		within: 30
	}
};
