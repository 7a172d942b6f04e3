/** Demo risks: disasters and disease, spillover from other sectors, supply chain (see demo-risks-data.ts). */
import type { DemoRisk } from './demo-risks-data';

export const HAZARDS_AND_SUPPLY: DemoRisk[] = [
	{
		title: '首都直下地震による本店データセンターの被災',
		category: 'disaster',
		threat: 'major_disaster',
		scenario:
			'震度6強の揺れで本店ビルのデータセンターが被災し、給電指令所のEMSとデータベースが長時間使えなくなる。バックアップ指令所への移行には要員の参集が必要で、発災直後の数時間は系統の遠方監視が手薄になる。',
		owner: '系統運用部長',
		systems: ['系統制御', '託送業務'],
		inherent: [2, 5],
		current: [2, 4],
		target: [2, 3],
		controls: '西部のバックアップ指令所にEMSの待機系を置き、年1回の切替訓練を行っている。',
		items: ['cross-sector:BK-04', 'cross-sector:BC-02', 'cross-sector:PE-03'],
		treatment: 'reduce',
		plan: 'バックアップ指令所を常時有人とし、発災から1時間以内に指令を引き継げる体制にする。',
		actions: [
			{
				title: 'バックアップ指令所の当直体制の見直し',
				owner: '系統運用部',
				due: 150,
				status: 'planned',
				items: ['cross-sector:BC-02'],
				plans: ['bcp']
			}
		],
		reviewedDaysAgo: 60
	},
	{
		title: '荒川の氾濫による制御所・変電所の浸水',
		category: 'disaster',
		threat: 'major_disaster',
		scenario:
			'大型台風で荒川が氾濫し、低地にある東部制御所と3か所の変電所が浸水する。監視制御装置と通信装置が水没し、復旧まで現地での監視と手動操作に頼ることになる。',
		owner: '変電部長',
		systems: ['変電所監視'],
		inherent: [2, 4],
		current: [2, 4],
		target: [1, 4],
		controls: '浸水想定区域の設備は架台でかさ上げ済み。制御所は2階以上に機器を移設する計画がある。',
		items: ['cross-sector:PE-03', 'cross-sector:BC-05'],
		treatment: 'reduce',
		plan: '東部制御所の監視制御機器を上階に移設する。',
		actions: [{ title: '東部制御所の機器上階移設', owner: '変電部', due: 240, status: 'planned', plans: ['bcp'] }],
		firstVersion: true
	},
	{
		title: '落雷による配電自動化子局と通信装置の故障',
		category: 'disaster',
		threat: 'earthquake',
		scenario:
			'夏季の雷で配電線の自動化子局と光通信装置が多数故障し、遠方からの区間切替ができなくなる。故障範囲の特定と現地での操作に時間がかかり、停電の解消が遅れる。',
		owner: '配電部長',
		systems: ['配電自動化'],
		inherent: [4, 2],
		current: [3, 2],
		controls: '避雷器を設置し、夏季は故障子局の交換用在庫を増やしている。',
		items: ['cross-sector:PE-03'],
		treatment: '',
		reviewedDaysAgo: 30
	},
	{
		title: '感染症の流行による給電指令員の不足',
		category: 'disaster',
		threat: 'pandemic',
		scenario:
			'新たな感染症が流行し、給電指令所の指令員の3割が同時に出勤できなくなる。交替勤務が組めず、残った指令員の長時間勤務による判断ミスのおそれが高まる。',
		owner: '系統運用部長',
		systems: ['系統制御'],
		inherent: [2, 3],
		current: [2, 2],
		controls: '指令員の資格保有者を他部署にも確保し、班の分離と指令所の分散運用の手順を定めている。',
		items: ['cross-sector:BC-05'],
		treatment: 'accept',
		plan: '追加の対策はとらず、流行の兆しがあれば分散運用に移る。'
	},
	{
		title: '東和テレコム専用線の途絶による変電所の遠方監視不能',
		category: 'spillover',
		threat: 'telecom_loss',
		scenario:
			'東和テレコムの中継局の障害で、制御所と変電所を結ぶ専用線の2ルートが同時に途絶する。自営マイクロ波回線に切り替えるまでの間、18か所の変電所の状態が見えなくなる。',
		owner: '変電部長',
		systems: ['変電所監視', '系統制御'],
		dependencies: ['東和テレコム'],
		inherent: [3, 4],
		current: [2, 3],
		controls: '自営マイクロ波回線を予備とし、切替訓練を年2回行っている。2ルートの経路が一部で重なっていることが判明している。',
		items: ['cross-sector:PE-04', 'cross-sector:INV-06', 'sector-electricity:ELEC-03'],
		treatment: 'reduce',
		plan: '東和テレコムと協議し、2ルートの中継局を分ける。',
		actions: [{ title: '専用線2ルートの完全分離の協議', owner: '情報通信部', due: -40, status: 'in_progress', plans: ['contingency'] }],
		reviewedDaysAgo: 10
	},
	{
		title: 'みなと通信の携帯回線の広域障害による検針データの欠測',
		category: 'spillover',
		threat: 'telecom_loss',
		scenario:
			'みなと通信の設備障害で携帯回線が半日使えなくなり、携帯回線で接続する約40万台のメーターから計量値が届かない。欠測分は後日の一括取得で補うが、小売事業者への配信が遅れる。',
		owner: 'スマートメーター推進部長',
		systems: ['スマートメーター', '配電自動化'],
		dependencies: ['みなと通信'],
		inherent: [3, 3],
		current: [3, 2],
		controls: 'メーターは14日分の計量値を保持し、回線回復後に自動で再送する。携帯回線の利用台数が昨年から倍増した。',
		items: ['cross-sector:INV-06'],
		treatment: '',
		earlier: { daysAgo: 400, current: [2, 2] },
		reviewedDaysAgo: 130
	},
	{
		title: '長時間停電時の関東燃料からの軽油供給の途絶',
		category: 'spillover',
		threat: 'fuel_loss',
		scenario:
			'広域災害で停電が3日を超え、道路の寸断で関東燃料のタンクローリーが給電指令所に到着できない。備蓄の72時間分を使い切ると非常用発電機が止まり、EMSが停止する。',
		owner: '総務部長',
		systems: ['系統制御', '託送業務'],
		dependencies: ['関東燃料'],
		inherent: [2, 5],
		current: [2, 4],
		target: [1, 4],
		controls: '72時間分の燃料を備蓄し、関東燃料と優先供給協定を結んでいる。',
		items: ['cross-sector:PE-02', 'cross-sector:INV-06', 'cross-sector:BC-04'],
		treatment: 'reduce',
		plan: '別の石油販売会社と第二の供給協定を結ぶ。',
		actions: [{ title: '第二の燃料供給協定の締結', owner: '総務部', due: 100, status: 'in_progress', plans: ['bcp'] }]
	},
	{
		title: '港北水道企業団の断水による本店データセンターの冷却停止',
		category: 'spillover',
		threat: 'water_loss',
		scenario:
			'地震で港北水道企業団の配水管が破損し、本店ビルへの給水が止まる。受水槽の水で約36時間は空調を維持できるが、それを超えるとサーバー室の温度が上がり、機器を順次止めざるを得なくなる。',
		owner: '総務部長',
		systems: ['系統制御'],
		dependencies: ['港北水道'],
		inherent: [2, 4],
		current: [2, 3],
		controls: '空冷の予備空調機を設置し、給水車の優先配備を企業団と取り決めている。',
		items: ['cross-sector:INV-06', 'cross-sector:PE-03'],
		treatment: 'reduce',
		plan: '予備空調機の能力を増強し、冷却水なしで72時間運転できるようにする。',
		reviewedDaysAgo: 90
	},
	{
		title: '日興電機のリモート保守回線を経由した制御系への侵害',
		category: 'supply_chain',
		threat: 'supplier_compromise',
		scenario:
			'SCADAベンダーの日興電機の社内ネットワークが侵害され、保守拠点から当社の制御系に向けた保守回線が攻撃の経路になる。保守用アカウントで監視制御装置の設定が書き換えられる。',
		owner: 'システム部長',
		systems: ['系統制御', '配電自動化', '変電所監視'],
		dependencies: ['日興電機'],
		inherent: [3, 5],
		current: [2, 5],
		target: [2, 4],
		controls:
			'リモート保守は申請時のみ接続し、接続中は当社担当が操作を監視する。ベンダーのセキュリティ体制の評価は契約時のみで、その後は確認していない。',
		items: ['cross-sector:SC-01', 'cross-sector:SC-03', 'cross-sector:OT-03'],
		treatment: 'reduce',
		plan: 'ベンダーの保守拠点のセキュリティ対策を年1回点検し、保守用アカウントを作業ごとの一時アカウントに切り替える。',
		actions: [
			{
				title: '日興電機の保守拠点の点検（今年度分）',
				owner: '情報セキュリティ室',
				due: 25,
				status: 'planned',
				items: ['cross-sector:SC-03']
			}
		],
		reviewedDaysAgo: 35
	},
	{
		title: 'クラウドベースIaaS 東京リージョンの全面障害',
		category: 'supply_chain',
		threat: 'supplier_outage',
		scenario:
			'クラウドベースの東京リージョンで電源設備の障害が起き、託送業務システムとMDMSの仮想サーバーが同時に止まる。大阪リージョンへの切替手順はあるが、目標の4時間を超えるおそれがある。',
		owner: '託送業務部長',
		systems: ['託送業務', 'スマートメーター'],
		dependencies: ['クラウドベース'],
		inherent: [2, 4],
		current: [2, 3],
		target: [1, 3],
		controls: '大阪リージョンに待機環境を置き、年1回の切替訓練を行っている。',
		items: ['cross-sector:CL-03', 'cross-sector:BK-04'],
		treatment: 'transfer',
		plan: 'クラウド事業者とのSLAに返金条項を加え、切替にかかる外部費用を保険で補う。',
		actions: [{ title: 'サイバー保険の補償範囲へのクラウド障害の追加', owner: '経理部', due: 80, status: 'planned' }]
	},
	{
		title: 'SCADA製品の修正プログラムへの不正コードの混入',
		category: 'supply_chain',
		threat: 'tampered_product',
		scenario:
			'ベンダーの開発環境が侵害され、正規の署名が付いた修正プログラムに不正なコードが含まれる。適用後、特定の日時に監視画面の表示を偽る機能が動く。',
		owner: 'システム部長',
		systems: ['系統制御'],
		dependencies: ['日興電機'],
		inherent: [2, 5],
		current: [2, 5],
		target: [1, 5],
		controls: '修正プログラムは検証環境で1か月運用してから本番に適用している。',
		items: ['cross-sector:SC-04', 'cross-sector:SC-05', 'cross-sector:OT-05'],
		treatment: 'reduce',
		plan: 'ベンダーにSBOMの提出を求め、修正プログラムの差分を第三者が検査する。',
		actions: [{ title: 'SBOM提出の契約条項化', owner: '資材部', due: 180, status: 'planned', items: ['cross-sector:SC-05'] }],
		firstVersion: true
	},
	{
		title: 'RTU機種の製造終了による保守部品の枯渇',
		category: 'supply_chain',
		threat: 'supplier_exit',
		scenario:
			'配電自動化と変電所で使うRTUの現行機種の製造が終了し、保守部品の供給が3年後に止まる。故障時に交換できない子局が出始め、その区間は遠方操作ができなくなる。',
		owner: '配電部長',
		systems: ['配電自動化', '変電所監視'],
		dependencies: ['日興電機'],
		inherent: [3, 2],
		current: [3, 2],
		controls: '保守部品を5年分確保した。後継機種への更新は設備更新計画（2029年度から）で行う。',
		items: ['cross-sector:VM-05', 'cross-sector:OT-02'],
		treatment: 'accept',
		plan: '更新計画の開始まで現行機種を使い続ける。',
		reviewedDaysAgo: 15
	}
];
