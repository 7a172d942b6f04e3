/**
 * Demo content for the profile extension, run once by `npm start` right after
 * it creates the demo organisation: two more important systems, a third
 * critical service, and the dependencies register — the specific (fictional)
 * operators and suppliers the systems rely on, and who relies on us. Written
 * with the demo security user's own token, so the audit trail shows a person.
 *
 *   tsx scripts/demo-profile.ts <pocketbase url> <organisation id>
 */
import PocketBase from 'pocketbase';
import { DEMO_PASSWORD } from './lib/demo.js';

interface Named {
	id: string;
	name: string;
}

async function main() {
	const [url, orgId] = process.argv.slice(2);
	if (!url || !orgId) throw new Error('usage: tsx scripts/demo-profile.ts <pocketbase url> <organisation id>');
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword('security@demo.example', DEMO_PASSWORD);
	const filter = pb.filter('organisation = {:org}', { org: orgId });
	const services = await pb.collection('critical_services').getFullList<Named>({ filter });
	const service = (prefix: string) => {
		const found = services.find((s) => s.name.startsWith(prefix));
		if (!found) throw new Error(`demo service ${prefix} is missing`);
		return found.id;
	};
	const power = service('電力供給');
	const wheeling = service('託送');
	const metering = await pb.collection('critical_services').create<Named>({
		organisation: orgId,
		name: '計量（スマートメーターの検針データ提供）',
		description: '30分ごとの計量値を収集し、小売電気事業者と需要家に提供する。',
		service_level: '検針データの欠測を配信対象の1%未満に保ち、停止しても6時間以内に配信を再開する',
		max_outage_hours: 6,
		owner: 'スマートメーター推進部長',
		sl_duration_minutes: 360,
		sl_population: 50000,
		sl_vl_excluded: true
	});
	await pb.collection('critical_services').update(power, {
		description: '管内約290万軒の需要家への送電・配電。'
	});
	await pb.collection('important_systems').create({
		organisation: orgId,
		name: '変電所監視制御システム',
		description: '無人変電所（187か所）の遠方監視・制御。制御所から専用線で接続し、保守端末は現地のみ。',
		services: [power],
		owner: '変電部'
	});
	await pb.collection('important_systems').create({
		organisation: orgId,
		name: 'スマートメーター運用管理システム（MDMS）',
		description: '計量値の収集・検証・保管と配信。通信ユニットは無線マルチホップと携帯回線の併用。',
		services: [metering.id, wheeling],
		owner: 'スマートメーター推進部'
	});
	const systems = await pb.collection('important_systems').getFullList<Named>({ filter });
	const system = (prefix: string) => {
		const found = systems.find((s) => s.name.startsWith(prefix));
		if (!found) throw new Error(`demo system ${prefix} is missing`);
		return found.id;
	};
	const ems = system('系統制御');
	const das = system('配電自動化');
	const wheelingSystem = system('託送業務');
	const substation = system('変電所監視');
	const mdms = system('スマートメーター');

	const upstream = [
		{
			name: '東和テレコム株式会社 専用線サービス',
			category: 'telecom',
			sector: 'telecom',
			supplies: '給電指令所と制御所・変電所を結ぶ専用線（2ルート）',
			systems: [ems, substation],
			alternative: '自営マイクロ波回線に切替（切替訓練は年2回）',
			contact: '法人保守センター（24時間）'
		},
		{
			name: 'みなと通信株式会社 携帯回線（IoT 閉域網）',
			category: 'telecom',
			sector: 'telecom',
			supplies: 'スマートメーター通信ユニットと配電自動化子局の携帯回線',
			systems: [mdms, das],
			alternative: '無線マルチホップ網で一部を迂回。子局は現地操作に切替'
		},
		{
			name: 'クラウドベース株式会社 IaaS（東京・大阪リージョン）',
			category: 'cloud',
			supplies: '託送業務システムとMDMSの仮想サーバー・ストレージ',
			systems: [wheelingSystem, mdms],
			alternative: '大阪リージョンへの切替手順あり（目標復旧時間 4時間）',
			contact: 'テクニカルサポート（プレミアム契約）'
		},
		{
			name: '東都システムサービス株式会社',
			category: 'outsourcing',
			supplies: 'EMS/SCADA と変電所監視制御システムの運用・保守（常駐 12名）',
			systems: [ems, substation],
			contact: '運用統括責任者'
		},
		{
			name: '日興電機製作所 制御システム事業部',
			category: 'supplier',
			supplies: 'SCADA ソフトウェア、RTU 機器、修正プログラムの提供とリモート保守',
			systems: [ems, das, substation],
			alternative: 'リモート保守は申請時のみ接続（通常は物理的に切断）'
		},
		{
			name: '関東燃料株式会社',
			category: 'fuel',
			sector: 'petroleum',
			supplies: '給電指令所・データセンターの非常用発電機用軽油（72時間分を備蓄、優先供給協定）',
			systems: [ems, wheelingSystem],
			alternative: '第二供給元と協定締結の協議中'
		},
		{
			name: '【デモ】港北水道企業団',
			category: 'water',
			sector: 'water',
			supplies: '本店データセンターの空調冷却水',
			systems: [ems],
			alternative: '受水槽で約36時間。空冷の予備空調機あり'
		}
	];
	for (const dep of upstream) await pb.collection('dependencies').create({ organisation: orgId, direction: 'upstream', ...dep });

	const downstream = [
		{
			name: '【デモ】港北水道企業団',
			category: 'power',
			sector: 'water',
			supplies: '浄水場3か所・主要ポンプ場への高圧・特別高圧の電力',
			services: [power],
			contact: '浄水課 当直'
		},
		{
			name: '東都電鉄株式会社',
			category: 'power',
			sector: 'railways',
			supplies: 'き電用変電所への特別高圧送電',
			services: [power],
			contact: '電力指令'
		},
		{
			name: '東都中央病院',
			category: 'power',
			sector: 'medical',
			supplies: '2回線受電（本線・予備線）',
			services: [power]
		},
		{
			name: 'みらいでんき株式会社ほか小売電気事業者 42社',
			category: 'other',
			sector: 'electricity',
			supplies: '託送供給、計量値の提供',
			services: [wheeling, metering.id]
		}
	];
	for (const dep of downstream) await pb.collection('dependencies').create({ organisation: orgId, direction: 'downstream', ...dep });
	console.log(`[mamori] demo profile: ${upstream.length} dependencies, ${downstream.length} dependents`);
}

main().catch((error) => {
	console.error(`[mamori] demo profile failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
