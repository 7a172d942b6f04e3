/** Demo risks: cyberattacks and other intentional causes, and unintentional causes (see demo-risks-data.ts). */
import type { DemoRisk } from './demo-risks-data';

export const CYBER_AND_OPERATIONS: DemoRisk[] = [
	{
		title: '保守用VPNを経由したEMS/SCADAへの侵入と不正な遮断操作',
		category: 'intentional',
		threat: 'intrusion',
		scenario:
			'ベンダー保守用のVPN装置の脆弱性を突かれて制御系ネットワークに侵入され、給電指令所の操作端末から遮断器の開放指令が送られる。複数の基幹変電所が同時に停止し、管内の広い範囲で数十万kW規模の供給支障が生じる。',
		owner: '系統運用部長',
		systems: ['系統制御'],
		inherent: [4, 5],
		current: [3, 5],
		target: [2, 4],
		controls:
			'制御系と情報系はファイアウォールで分離し、保守用VPNは申請時のみ有効化している。操作端末は二人制で、開放操作には上位者の承認が必要。VPN装置の修正プログラム適用は四半期ごとで、緊急時の前倒し手順がない。',
		items: ['cross-sector:OT-01', 'cross-sector:OT-03', 'sector-electricity:ELEC-05', 'cross-sector:VM-02'],
		treatment: 'reduce',
		plan: '保守接続を踏み台サーバー経由に一本化し、多要素認証と操作記録を必須にする。重大な脆弱性は72時間以内に適用する運用に改める。',
		earlier: { daysAgo: 420, current: [4, 5] },
		actions: [
			{
				title: '保守用踏み台サーバーの構築と多要素認証の導入',
				owner: 'システム部 制御系G',
				due: 45,
				status: 'in_progress',
				items: ['cross-sector:AC-04', 'cross-sector:AC-06']
			},
			{
				title: 'VPN装置の緊急パッチ適用手順の制定',
				owner: '情報セキュリティ室',
				due: -12,
				status: 'planned',
				items: ['cross-sector:VM-02']
			}
		],
		reviewedDaysAgo: 40
	},
	{
		title: '託送業務システムへのランサムウェア感染',
		category: 'intentional',
		threat: 'intrusion',
		scenario:
			'小売電気事業者を装ったメールの添付ファイルから業務端末が感染し、共有フォルダを経由して託送業務システムのファイルサーバーと仮想サーバーが暗号化される。計画値の受付とインバランス精算が数日止まり、42社の小売事業者への連絡と手作業での受付が必要になる。',
		owner: '託送業務部長',
		systems: ['託送業務'],
		services: ['託送'],
		inherent: [4, 4],
		current: [3, 4],
		target: [2, 3],
		controls: '端末にEDRを導入済み。バックアップは日次でクラウドの別アカウントに保存しているが、復元テストは昨年度から実施していない。',
		items: ['cross-sector:MW-03', 'cross-sector:BK-02', 'cross-sector:BK-03', 'cross-sector:HR-04'],
		treatment: 'reduce',
		plan: 'バックアップを改ざん不能なストレージに移し、半期ごとに託送計画データの復元訓練を行う。',
		actions: [
			{
				title: 'イミュータブルバックアップへの移行',
				owner: '託送業務部 システム課',
				due: 70,
				status: 'in_progress',
				items: ['cross-sector:BK-02']
			},
			{ title: '託送計画データの復元訓練（上期）', owner: '託送業務部 システム課', due: -30, status: 'done', items: ['cross-sector:BK-03'] }
		],
		reviewedDaysAgo: 75
	},
	{
		title: 'スマートメーターの遠隔開閉機能を悪用した一斉遮断',
		category: 'intentional',
		threat: 'command',
		scenario:
			'MDMSの運用者アカウントが乗っ取られ、遠隔開閉指令が数万台のスマートメーターに一斉に送られる。需要家側で停電が発生し、一斉復帰の際に配電系統の負荷が急増する。',
		owner: 'スマートメーター推進部長',
		systems: ['スマートメーター'],
		services: ['電力供給'],
		inherent: [3, 5],
		current: [2, 4],
		target: [1, 4],
		controls: '開閉指令は1回あたり500台までに制限し、500台を超える指令は二人承認としている。',
		items: ['cross-sector:AC-03', 'cross-sector:AC-04', 'cross-sector:LM-02'],
		treatment: 'reduce',
		plan: '指令件数の上限を時間帯ごとに設定し、閾値超過時に自動停止するロジックを追加する。',
		actions: [{ title: '開閉指令の自動停止ロジックの実装', owner: 'スマートメーター推進部', due: 120, status: 'planned' }]
	},
	{
		title: '変電所保守端末へのUSBメモリ経由のマルウェア持込み',
		category: 'intentional',
		threat: 'intrusion',
		scenario:
			'協力会社の作業員が点検データの取出しに私物のUSBメモリを使い、変電所の保守端末がマルウェアに感染する。感染は現地の監視制御装置に広がり、当該変電所の遠方監視ができなくなる。',
		owner: '変電部長',
		systems: ['変電所監視'],
		inherent: [3, 4],
		current: [2, 4],
		target: [2, 3],
		controls: '保守端末はUSBポートを無効化し、データの受け渡しは無害化装置を経由する手順としている。',
		items: ['cross-sector:OT-04', 'cross-sector:SC-03'],
		treatment: 'reduce',
		plan: '協力会社向けの持込み手順の教育を年1回から作業前の確認に改める。',
		actions: [{ title: '協力会社作業前の持込み確認チェックリストの導入', owner: '変電部 保守G', due: 20, status: 'in_progress' }],
		reviewedDaysAgo: 20
	},
	{
		title: '退職予定者による需要家情報の持出し',
		category: 'intentional',
		threat: 'insider',
		scenario:
			'託送業務で需要家の契約情報と計量値を扱う担当者が、退職前に抽出機能で大量のデータをダウンロードして持ち出す。個人情報保護委員会への報告と需要家への通知が必要になり、信頼を大きく損なう。',
		owner: '託送業務部長',
		systems: ['託送業務', 'スマートメーター'],
		inherent: [3, 4],
		current: [2, 4],
		target: [2, 3],
		controls: '大量抽出は申請制で、抽出ログを月次で点検している。',
		items: ['cross-sector:HR-03', 'cross-sector:AC-05', 'cross-sector:LM-02'],
		treatment: 'reduce',
		plan: '抽出件数の閾値超過をリアルタイムで通知する。',
		actions: [{ title: '大量抽出のリアルタイム通知の設定', owner: '情報セキュリティ室', due: 30, status: 'planned' }],
		firstVersion: true
	},
	{
		title: '小売事業者向けWeb APIへのサービス不能攻撃',
		category: 'intentional',
		threat: 'dos',
		scenario:
			'翌日計画の提出期限（正午）の直前に託送業務システムのWeb APIが大量の通信を受けて応答しなくなり、小売事業者が計画を提出できない。提出遅れが多発し、需給調整の精度が落ちる。',
		owner: '託送業務部長',
		systems: ['託送業務'],
		dependencies: ['クラウドベース'],
		inherent: [4, 3],
		current: [2, 3],
		controls: 'クラウド事業者のDDoS緩和サービスを契約済み。提出期限を延長する運用手順がある。',
		items: ['cross-sector:NW-02', 'cross-sector:CL-03'],
		treatment: '',
		reviewedDaysAgo: 200
	},
	{
		title: '系統設備データの詐取（重要情報の窃取）',
		category: 'intentional',
		threat: 'leak',
		scenario:
			'設計部門のファイルサーバーから、変電所の単線結線図と保護リレーの整定値が外部に送信される。攻撃者が系統の弱点を把握し、将来の攻撃の準備に使われるおそれがある。',
		owner: '情報セキュリティ室長',
		systems: ['系統制御', '変電所監視'],
		inherent: [3, 4],
		current: [3, 3],
		target: [2, 3],
		controls: '設計図面は機密区分を付けて管理しているが、ファイルサーバーの外部送信の監視は行っていない。',
		items: ['cross-sector:INV-05', 'cross-sector:LM-02', 'cross-sector:NW-01'],
		treatment: 'reduce',
		plan: '機密区分「極秘」の図面を専用の閉域環境に移す。',
		actions: [{ title: '極秘図面の閉域環境への移設', owner: '工務部', due: -5, status: 'in_progress' }]
	},
	{
		title: '系統切替時のEMSパラメータ設定ミスによる誤制御',
		category: 'unintentional',
		threat: 'misoperation',
		scenario:
			'設備更新に伴う系統構成の変更で、EMSの潮流計算モデルに新しい変圧器の定格を誤って登録する。自動給電制御が過負荷を見落とし、送電線が保護装置で遮断されて局地的な停電が起きる。',
		owner: '系統運用部長',
		systems: ['系統制御'],
		inherent: [3, 4],
		current: [2, 3],
		controls: 'パラメータ変更は二人で照合し、シミュレーション環境で試験してから本番に反映している。',
		items: ['cross-sector:CM-02', 'cross-sector:CM-03', 'sector-electricity:ELEC-06'],
		treatment: '',
		reviewedDaysAgo: 150
	},
	{
		title: '配電自動化システムの更新プログラムの欠陥による事故区間の誤判定',
		category: 'unintentional',
		threat: 'bug',
		scenario:
			'事故区間を自動で切り離す機能の改修版に不具合があり、健全な区間まで停電させる。復旧には現地での手動操作が必要になり、停電時間が長引く。',
		owner: '配電部長',
		systems: ['配電自動化'],
		dependencies: ['日興電機'],
		inherent: [3, 4],
		current: [2, 4],
		target: [2, 3],
		controls: '改修版は検証用の模擬系統で受入試験を行っている。切り戻し手順を作業ごとに用意している。',
		items: ['cross-sector:CM-02', 'sector-electricity:ELEC-10'],
		treatment: 'reduce',
		plan: '一部の営業所で先行適用し、2週間の運用後に全面適用する段階展開とする。',
		actions: [{ title: '段階展開の手順書への追加', owner: '配電部 自動化G', due: 60, status: 'planned' }],
		firstVersion: true
	},
	{
		title: 'MDMSのデータベース容量の逼迫による計量値の欠測',
		category: 'unintentional',
		threat: 'maintenance',
		scenario:
			'計量値の保存領域の使用率監視が設定漏れのまま放置され、月末の集中処理で領域が不足する。30分値の取り込みが止まり、小売事業者への配信が遅れる。',
		owner: 'スマートメーター推進部長',
		systems: ['スマートメーター'],
		services: ['計量'],
		inherent: [3, 3],
		current: [2, 3],
		controls: '容量の監視を追加し、閾値80%で運用担当に通知される。',
		items: ['cross-sector:LM-03'],
		treatment: '',
		reviewedDaysAgo: 300
	},
	{
		title: '運用委託先の夜間作業での手順逸脱',
		category: 'unintentional',
		threat: 'outsourcing',
		scenario:
			'東都システムサービスの常駐者が夜間のデータベース保守で承認済み手順にない操作を行い、EMSの履歴データベースが停止する。翌朝まで系統の履歴が参照できず、事故解析と報告書の作成が遅れる。',
		owner: 'システム部長',
		systems: ['系統制御', '変電所監視'],
		dependencies: ['東都システムサービス'],
		inherent: [3, 3],
		current: [3, 3],
		target: [2, 2],
		controls: '作業は事前申請制だが、夜間は当社の立会いがなく、作業記録の事後確認も抜き取りにとどまっている。',
		items: ['cross-sector:SC-03', 'cross-sector:CM-03'],
		treatment: 'reduce',
		plan: '夜間作業は画面操作を録画し、翌営業日に当社担当が全件確認する。',
		actions: [
			{ title: '夜間作業の操作録画の導入', owner: 'システム部', due: -20, status: 'in_progress', items: ['cross-sector:SC-03'] },
			{ title: '委託契約への作業記録提出義務の追加', owner: '資材部', due: 90, status: 'planned', items: ['cross-sector:SC-02'] }
		]
	},
	{
		title: '託送業務システムのサーバー故障と待機系への切替失敗',
		category: 'unintentional',
		threat: 'equipment',
		scenario:
			'本番系のストレージ装置が故障し、待機系への自動切替がクラウド側の設定不整合で失敗する。手動切替までの約6時間、計画受付が止まる。',
		owner: '託送業務部長',
		systems: ['託送業務'],
		dependencies: ['クラウドベース'],
		inherent: [3, 3],
		current: [2, 3],
		controls: '年2回の切替訓練を実施し、設定差分を切替前に自動で点検している。',
		items: ['cross-sector:BK-04', 'cross-sector:CL-02'],
		treatment: '',
		reviewedDaysAgo: 100
	},
	{
		title: 'スマートメーター通信の暗号方式の危殆化',
		category: 'unintentional',
		threat: 'social_change',
		scenario:
			'メーターと集約装置の間で使う暗号方式の安全性が低下したと公表されるが、約290万台のメーターの暗号更新には数年かかる。その間、計量値の盗聴や改ざんの余地が残る。',
		owner: 'スマートメーター推進部長',
		systems: ['スマートメーター'],
		services: ['計量'],
		inherent: [2, 3],
		current: [2, 3],
		controls: '暗号の更新は次期メーターの調達仕様に盛り込み、交換周期（10年）に合わせて順次切り替える。',
		items: ['cross-sector:VM-08', 'cross-sector:CM-04'],
		treatment: 'accept',
		plan: '交換周期に合わせて更新し、それまでは集約装置側で異常な計量値を検知する。'
	}
];
