/**
 * The demo power operator's exercise, incident and information-sharing log
 * (fictional events, dated relative to today). Used by scripts/demo-plans.ts.
 */
import type PocketBase from 'pocketbase';
import type { CriticalServiceRecord, ImportantSystemRecord } from '../../src/lib/server/records';

/** YYYY-MM-DD, `days` from today in Japan time. */
export function dayFrom(days: number): string {
	return new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** An instant `days` from today at hh:mm Japan time. */
export function instantFrom(days: number, time: string): string {
	return new Date(`${dayFrom(days)}T${time}:00+09:00`).toISOString();
}

const named = <T extends { name: string; id: string }>(list: T[], prefix: string) => list.find((r) => r.name.startsWith(prefix))?.id;

/** The demo risk register's risks (scripts/demo-risks*.ts), found by the start of their title. */
export type RiskFinder = (titleStart: string) => string[];

export async function riskFinder(pb: PocketBase, org: string): Promise<RiskFinder> {
	const risks = await pb
		.collection('risks')
		.getFullList<{ id: string; title: string }>({ filter: pb.filter('organisation = {:org}', { org }), fields: 'id,title' });
	return (start) => risks.filter((r) => r.title.startsWith(start)).map((r) => r.id);
}

export async function demoExercise(pb: PocketBase, org: string, risk: RiskFinder): Promise<string> {
	const day = -42;
	const exercise = await pb.collection('exercises').create({
		organisation: org,
		title: '系統制御システムのランサムウェア感染を想定した机上演習',
		risk: risk('保守用VPNを経由したEMS/SCADAへの侵入')[0] ?? '',
		kind: 'tabletop',
		held_on: dayFrom(day),
		plan_kinds: ['bcp', 'contingency'],
		scenario: `金曜日の18時過ぎ、保守用リモート接続を経由して情報系のファイルサーバでランサムウェアが動き出す。30分後、給電指令所の運転員用端末の一部で画面が固まる。

- 制御系への侵入の有無は、この時点では分からない
- 需要は夏の夕方のピークにかかっている
- 保守ベンダーの担当者は移動中で、到着まで2時間`,
		objectives: '制御系を切り離す判断の基準と速さ、所管省庁への第1報までの流れ、第二給電指令所への切替判断を確かめる。',
		participants:
			'CSIRT（4名）、系統運用部長、給電指令所 当直長、通信ネットワーク部、広報部、常務取締役（CISO）。進行役は情報セキュリティ室 北条。',
		observations: `- 制御系の切り離しは想定より早く（開始から25分）判断できた。
- 一方で、夜間・休日の連絡網に古い番号が残っており、副責任者への連絡に10分以上かかった。
- 手動運転への切替を誰がどの基準で決めるかが BCP に書かれておらず、議論が割れた。`
	});
	const entries = [
		{ t: '18:05', kind: 'inject', actor: '進行役', body: '情報系のファイルサーバで拡張子が次々に書き換わっているとの SOC 通報。' },
		{ t: '18:12', kind: 'response', actor: 'CSIRT 責任者', body: '保守用リモート接続を全面停止。情報系の感染範囲の確認を SOC に依頼。' },
		{ t: '18:35', kind: 'inject', actor: '進行役', body: '給電指令所の運転員用端末2台で画面が応答しない。系統の監視画面は正常。' },
		{ t: '18:42', kind: 'response', actor: '給電指令所 当直長', body: '該当端末をネットワークから外し、電源は入れたまま保全。' },
		{ t: '19:00', kind: 'response', actor: 'CSIRT 責任者', body: '制御系と情報系の間の通信遮断を決定し、当直長が実施。対策本部長へ報告。' },
		{ t: '19:15', kind: 'observation', actor: '進行役', body: '副責任者の携帯番号が連絡網で旧番号のままで、連絡がつくまで12分かかった。' },
		{
			t: '19:30',
			kind: 'response',
			actor: 'CSIRT 責任者',
			body: '経済産業省へ第1報（連絡手段と担当者、判明している事実のみ）。攻撃の可能性ありと伝える。'
		},
		{ t: '19:45', kind: 'inject', actor: '進行役', body: '配電自動化システムのサーバにも不審なプロセス。手動運転への切替を検討。' },
		{ t: '20:10', kind: 'observation', actor: '進行役', body: '手動運転への切替を誰が決めるかで系統運用部長と対策本部長の意見が分かれた。' }
	];
	for (const e of entries) {
		await pb
			.collection('timeline_entries')
			.create({ organisation: org, exercise: exercise.id, at: instantFrom(day, e.t), kind: e.kind, actor: e.actor, body: e.body });
	}
	await pb.collection('improvement_actions').create({
		organisation: org,
		source: 'exercise',
		exercise: exercise.id,
		finding: '夜間・休日の CSIRT 連絡網に古い携帯番号が残っていた。',
		action: '連絡先台帳を更新し、四半期ごとに全員へ発信して疎通を確かめる。',
		owner: '情報セキュリティ室',
		due_date: dayFrom(day + 30),
		status: 'closed',
		closure_note: '連絡先台帳を更新し、第1回の疎通確認（全11件）を終えた。次回は3か月後。',
		plan_sections: ['contingency.csirt'],
		checklist_items: ['cross-sector/SH-02']
	});
	await pb.collection('improvement_actions').create({
		organisation: org,
		source: 'exercise',
		exercise: exercise.id,
		finding: '制御系を手動運転に切り替える判断者と基準が BCP に書かれていない。',
		action: 'BCP の「復旧戦略と手順」と「役割と意思決定権限」に、切替の判断者・基準・代行順位を追記する。',
		owner: '系統運用部',
		due_date: dayFrom(45),
		status: 'in_progress',
		plan_sections: ['bcp.strategies', 'bcp.roles'],
		risks: risk('保守用VPNを経由したEMS/SCADAへの侵入'),
		checklist_items: ['cross-sector/BC-06', 'cross-sector/EX-04']
	});
	return exercise.id;
}

export async function demoIncident(
	pb: PocketBase,
	org: string,
	services: CriticalServiceRecord[],
	systems: ImportantSystemRecord[],
	risk: RiskFinder
): Promise<string> {
	const day = -20;
	const power = named(services, '電力供給');
	const distribution = named(systems, '配電自動化');
	const incident = await pb.collection('incidents').create({
		organisation: org,
		title: '配電自動化システムの遠隔監視の一時途絶',
		description: `保守ベンダーによる定期保守の後、配電自動化システムのうち北部営業所管内の遠隔監視が約40分途絶えた。

- 供給支障は発生していない（作業班を現地に待機させ、手動で監視した）
- 原因は保守作業で通信設定の一部が旧い値に戻ったこと（設定の誤り）
- サイバー攻撃を示す痕跡は見つかっていない`,
		detected_at: instantFrom(day, '14:12'),
		occurred_at: instantFrom(day, '13:58'),
		services: power ? [power] : [],
		systems: distribution ? [distribution] : [],
		cause_case: 'unintentional.failure',
		situation: 'minor_failure',
		likelihood: 'hardly_possible',
		service_level_breached: false,
		verification_level_breached: false,
		status: 'open'
	});
	const timeline = [
		{ t: '14:12', kind: 'detection', actor: '給電指令所 当直長', body: '北部営業所管内の配電線の状態表示が更新されないことに気づく。' },
		{ t: '14:20', kind: 'action', actor: '北部営業所', body: '作業班2班を主要な開閉器に待機させ、電話で状態を報告する体制に切り替え。' },
		{ t: '14:25', kind: 'communication', actor: 'CSIRT 責任者', body: '保守ベンダーに連絡。午前の定期保守との関係を確認するよう依頼。' },
		{
			t: '14:40',
			kind: 'decision',
			actor: 'CSIRT 責任者',
			body: '攻撃の可能性は低いと判断しつつ、重要システムの障害として経済産業省へ第1報を入れることに決定。'
		},
		{ t: '14:52', kind: 'action', actor: '保守ベンダー', body: '通信設定の一部が旧い値に戻っていたことを特定し、修正。遠隔監視が回復。' },
		{ t: '16:30', kind: 'communication', actor: 'CSIRT 責任者', body: '原因と復旧を第2報として経済産業省へ連絡。' }
	];
	for (const e of timeline) {
		await pb
			.collection('timeline_entries')
			.create({ organisation: org, incident: incident.id, at: instantFrom(day, e.t), kind: e.kind, actor: e.actor, body: e.body });
	}
	const common = {
		organisation: org,
		incident: incident.id,
		status: 'draft',
		contact_person: '守谷 翔太（情報セキュリティ室 CSIRT 責任者）',
		contact_means: '給電指令所直通 03-0000-2200（停電時は衛星携帯 080-0000-2299）',
		reporter_unit: '情報セキュリティ室',
		cause_case: 'unintentional.failure',
		situation: 'minor_failure',
		likelihood: 'hardly_possible',
		sharing_scope: 'same_sector',
		sharing_conditions: '制御系の構成（機器の型番・IP アドレス）は共有しない。'
	};
	const first = await pb.collection('incident_reports').create({
		...common,
		summary: '配電自動化システムの遠隔監視が北部営業所管内で途絶えている。供給支障はない。原因は調査中。',
		impact: '遠隔での状態監視と開閉器の遠隔操作ができない。作業班が現地で監視している。',
		actions_taken: '作業班を現地に待機。保守ベンダーに調査を依頼。',
		outlook: '原因が分かりしだい第2報を入れる（目安 17時）。'
	});
	await pb.collection('incident_reports').update(first.id, {
		status: 'sent',
		sent_at: instantFrom(day, '14:48'),
		sent_via: '経済産業省の事故報告窓口へ電話、続けて指定のメールで送付'
	});
	const update = await pb.collection('incident_reports').create({
		...common,
		summary: '14時52分に遠隔監視が回復した。午前の定期保守で通信設定の一部が旧い値に戻ったことが原因。サイバー攻撃の痕跡はない。',
		impact: '約40分間、北部営業所管内の遠隔監視と遠隔操作ができなかった。供給支障はない。',
		actions_taken: '設定を修正し、同じ保守を行った他の営業所の設定も確認した（異常なし）。',
		outlook: '再発防止策を決めたうえで終結とする。追加の報告は予定していない。'
	});
	await pb
		.collection('incident_reports')
		.update(update.id, { status: 'sent', sent_at: instantFrom(day, '16:34'), sent_via: '指定のメール' });
	await pb.collection('improvement_actions').create({
		organisation: org,
		source: 'incident',
		incident: incident.id,
		finding: '保守作業の後に、通信設定が作業前と同じかを確かめる手順がなかった。',
		action: '委託先の作業手順書に、作業前後の設定差分の確認と当直長への報告を加える。',
		owner: '系統運用部',
		due_date: dayFrom(25),
		status: 'open',
		plan_sections: ['bcp.dependencies'],
		risks: risk('運用委託先の夜間作業での手順逸脱'),
		checklist_items: ['cross-sector/SC-02']
	});
	await pb.collection('incidents').update(incident.id, {
		status: 'closed',
		severity_continuity: 1,
		severity_safety: 0,
		severity_trust: 1,
		severity_notes:
			'供給支障はなく、作業班による代替監視で安全性への影響もなかった。遠隔操作ができない時間が約40分あったため、持続性は「低」とした。',
		lessons: `- 委託先の作業の後に、設定が元どおりかを確かめる手順が必要。
- 作業班による代替監視の体制は有効だった（20分以内に立ち上がった）。
- 第1報は判明した事実だけで早く出せた。手順どおり。`
	});
	return incident.id;
}

export async function demoSharingLog(pb: PocketBase, org: string, incident: string): Promise<void> {
	const entries = [
		{
			received_at: instantFrom(-60, '10:20'),
			source: 'ceptoar',
			source_detail: '電力分野セプター 注意喚起',
			title: 'リモート保守用 VPN 装置の脆弱性を悪用した攻撃の注意喚起',
			summary: '複数の分野で、リモート保守用 VPN 装置の既知の脆弱性を突いた侵入が報告されている。',
			purposes: ['prevention'],
			actions: '保守ベンダー経由で当社の VPN 装置の版数を確認し、修正版を適用した（3日後に完了）。',
			shared_with: '系統運用部、システム部、保守ベンダー'
		},
		{
			received_at: instantFrom(-35, '09:05'),
			source: 'nisc',
			source_detail: '国家サイバー統括室 早期警戒情報',
			title: '制御システムを狙うマルウェアの新しい亜種に関する情報',
			summary: '海外の電力事業者で確認された亜種の通信先と痕跡の情報。',
			purposes: ['prevention', 'spread_recovery'],
			actions: '制御系の監視装置に通信先を登録し、過去30日のログを照合した（該当なし）。',
			shared_with: 'CSIRT、給電指令所'
		},
		{
			received_at: instantFrom(-14, '15:00'),
			source: 'ministry',
			source_detail: '経済産業省（当社の情報連絡を受けた事例共有）',
			title: '保守作業後の設定誤りによる監視途絶の事例（匿名化済み）',
			summary: '当社が連絡した事例が、連絡元を伏せて分野内に共有された。',
			purposes: ['recurrence'],
			actions: '共有された内容に誤りがないことを確認。',
			shared_with: '情報セキュリティ室',
			incident
		}
	];
	for (const e of entries) await pb.collection('sharing_log').create({ organisation: org, ...e });
}
