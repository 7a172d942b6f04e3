/**
 * Demo evidence, run once by `npm start` after the demo self-checks, risks
 * and plans exist: a policy, last year's tabletop minutes (expired), a
 * firewall log excerpt, a penetration-test summary (rejected by the
 * auditor), a UPS test chart and a link to the intranet procedure — linked
 * to this year's self-check items and to a risk — then the auditor's
 * verdicts, two open findings (one overdue) and an evidence request. Every
 * step goes through the same API as the app, with the demo user of the right
 * role. All files say on their face that they are fictional.
 *
 *   tsx scripts/demo-evidence.ts <pocketbase url> <organisation id>
 */
import PocketBase from 'pocketbase';
import { fiscalYearOf } from '../src/lib/domain/fiscal-year';
import { shutdownPdfWorker } from '../src/lib/server/reports/render';
import { DEMO_PASSWORD } from './lib/demo.js';
import { demoChartPng, demoPdf, type DemoDocument } from './lib/demo-evidence-files';

async function as(url: string, email: string): Promise<PocketBase> {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
	return pb;
}

const day = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

function policy(fy: number): DemoDocument {
	return {
		title: '情報セキュリティ基本方針',
		subtitle: `${fy}年4月1日 取締役会承認・第4版`,
		sections: [
			{
				heading: '1. 目的',
				paragraphs: [
					'当社は、送配電サービスを止めないことを最優先に、制御系と情報系の双方で情報資産を守る。本方針は、その取組の土台となる考え方と責任の所在を定める。'
				]
			},
			{
				heading: '2. 体制',
				paragraphs: [
					'最高情報セキュリティ責任者（CISO）は取締役 技術本部長とし、情報セキュリティ室が全社の取組を取りまとめる。CSIRT は情報セキュリティ室と系統運用部の合同で運営する。'
				]
			},
			{
				heading: '3. 主な取組',
				table: [
					['分野', '内容'],
					['リスク管理', '年1回、経営会議でリスクアセスメントの結果を審議する'],
					['制御系の保護', '制御系ネットワークを業務系から分離し、境界の通信を記録する'],
					['委託先管理', '重要な委託先には年1回、自己点検と報告を求める'],
					['教育・演習', '全従業員の年次教育と、年2回の机上演習を行う']
				]
			},
			{ heading: '4. 見直し', paragraphs: ['本方針は毎年度、及び重大なインシデントの後に見直す。'] }
		]
	};
}

function minutes(fy: number): DemoDocument {
	return {
		title: `${fy}年度 机上演習 議事録`,
		subtitle: `実施日 ${fy}年11月18日　テーマ：変電所制御システムのランサムウェア感染`,
		sections: [
			{
				heading: '参加者',
				paragraphs: ['系統運用部 4名、情報セキュリティ室 3名、広報部 1名、総務部 2名（計10名）。進行は情報セキュリティ室。']
			},
			{
				heading: '経過と判断',
				table: [
					['時刻', '状況（想定）', '判断・対応'],
					['09:10', '制御用端末で暗号化の兆候', '該当区画を業務系から切り離す'],
					['09:40', '遠隔監視が一部不能', '手動監視へ切替、巡回要員を手配'],
					['10:30', '報道機関から問合せ', '広報部が第一報の文案を作成']
				]
			},
			{
				heading: '課題',
				paragraphs: ['手動監視への切替手順が現場に周知されておらず、判断に30分を要した。次回までに手順書を改訂し、年度内に再度演習する。']
			}
		]
	};
}

function pentest(fy: number): DemoDocument {
	return {
		title: '侵入テスト結果の概要',
		subtitle: `${fy}年9月実施　実施者：架空セキュリティ診断株式会社（デモ）`,
		sections: [
			{ heading: '対象', paragraphs: ['インターネットに公開している顧客向けサービス3件と、リモート保守用の接続口1件。'] },
			{
				heading: '結果',
				table: [
					['深刻度', '件数', '主な内容'],
					['高', '1', '保守用接続口で古い TLS 設定が残っていた'],
					['中', '3', '管理画面のセッション期限が長い 等'],
					['低', '5', 'エラーメッセージに製品の版数が表示される 等']
				]
			},
			{ heading: '所見', paragraphs: ['詳細報告書は別冊。是正の計画と期限は本概要には含まない。'] }
		]
	};
}

function firewallLog(fy: number): string {
	const lines = [
		'# 【デモ】制御系境界ファイアウォール ログ抜粋（架空のデータです）',
		`# 期間 ${fy}-10-07 00:00〜23:59 JST　抽出条件: 拒否された通信と管理者ログイン`
	];
	const events = [
		['02:14:09', 'DENY', '10.20.3.41', '10.80.1.12', '445/tcp', 'zone=office->scada'],
		['02:14:11', 'DENY', '10.20.3.41', '10.80.1.13', '445/tcp', 'zone=office->scada'],
		['08:31:52', 'LOGIN', 'admin-ops02', '10.80.0.5', 'ssh', 'result=success mfa=ok'],
		['13:05:27', 'DENY', '203.0.113.77', '198.51.100.20', '3389/tcp', 'zone=internet->dmz'],
		['22:47:03', 'LOGIN', 'admin-ops02', '10.80.0.5', 'ssh', 'result=failure reason=bad-otp']
	];
	for (const [time, action, from, to, port, note] of events)
		lines.push(`${fy}-10-07T${time}+09:00 ${action} src=${from} dst=${to} ${port} ${note}`);
	return `${lines.join('\n')}\n`;
}

interface Answer {
	checklist: string;
	item_id: string;
}

async function main() {
	const [url, org] = process.argv.slice(2);
	if (!url || !org) throw new Error('usage: tsx scripts/demo-evidence.ts <pocketbase url> <organisation id>');
	const security = await as(url, 'security@demo.example');
	const auditor = await as(url, 'auditor@demo.example');
	const today = new Date();
	const fy = fiscalYearOf(today, 4);
	const draft = await security
		.collection('assessments')
		.getFirstListItem(security.filter('organisation = {:o} && status = "draft"', { o: org }), { sort: '-fiscal_year' });
	const answers = await security
		.collection('answers')
		.getFullList<Answer>({ filter: security.filter('assessment = {:a}', { a: draft.id }), fields: 'checklist,item_id' });
	const part = (itemId: string): string => {
		const found = answers.find((a) => a.item_id === itemId);
		if (!found) throw new Error(`the demo self-check has no answer to ${itemId}`);
		return `${found.checklist}:${itemId}`;
	};
	const onItem = (itemId: string) => ({ target_type: 'selfcheck_item', target_id: draft.id, target_part: part(itemId) });

	async function upload(fields: Record<string, string>, bytes: Uint8Array, name: string, type: string) {
		const form = new FormData();
		form.append('organisation', org);
		for (const [k, v] of Object.entries(fields)) form.append(k, v);
		form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
		const response = await fetch(`${url}/api/mamori/evidence/upload`, {
			method: 'POST',
			body: form,
			headers: { authorization: security.authStore.token }
		});
		const body = (await response.json()) as { evidence?: string; revision?: string; message?: string };
		if (!response.ok || !body.evidence) throw new Error(`demo upload of ${name} failed: ${response.status} ${body.message ?? ''}`);
		return { evidence: body.evidence, revision: body.revision ?? '' };
	}
	async function link(evidence: string, target: Record<string, string>) {
		await security.collection('evidence_links').create({ organisation: org, evidence, ...target });
	}

	const created = today.toISOString();
	const policyFile = await upload(
		{
			title: '情報セキュリティ基本方針（第4版）',
			description: '取締役会で承認された全社方針。体制、主な取組、見直しの時期を定める。',
			owner: '情報セキュリティ室',
			fiscal_year: String(fy),
			effective_from: `${fy}-04-01`,
			link_type: 'selfcheck_item',
			link_id: draft.id,
			link_part: part('GOV-11')
		},
		await demoPdf(policy(fy), created),
		'情報セキュリティ基本方針_第4版.pdf',
		'application/pdf'
	);
	await link(policyFile.evidence, onItem('GOV-12'));

	const minutesFile = await upload(
		{
			title: `${fy - 1}年度 机上演習 議事録`,
			description: '変電所制御システムのランサムウェア感染を想定した机上演習の記録。',
			owner: '系統運用部',
			fiscal_year: String(fy - 1),
			effective_from: `${fy - 1}-11-18`,
			expires_on: `${fy}-03-31`,
			link_type: 'selfcheck_item',
			link_id: draft.id,
			link_part: part('EX-01')
		},
		await demoPdf(minutes(fy - 1), created),
		`机上演習議事録_${fy - 1}.pdf`,
		'application/pdf'
	);

	const logFile = await upload(
		{
			title: '制御系境界ファイアウォールのログ抜粋（10月7日）',
			description: '拒否された通信と管理者ログインの抜粋。月次のログレビューで使ったもの。',
			owner: '系統運用部',
			fiscal_year: String(fy),
			effective_from: `${fy}-10-07`,
			link_type: 'selfcheck_item',
			link_id: draft.id,
			link_part: part('LM-01')
		},
		new TextEncoder().encode(firewallLog(fy)),
		`fw-scada-${fy}1007.log`,
		'text/plain'
	);
	await link(logFile.evidence, onItem('LM-02'));

	const pentestFile = await upload(
		{
			title: `侵入テスト結果の概要（${fy}年9月）`,
			description: '外部の診断会社による公開サービスと保守用接続口の侵入テストの概要。',
			owner: '情報セキュリティ室',
			fiscal_year: String(fy),
			effective_from: `${fy}-09-01`,
			effective_to: `${fy}-09-30`,
			link_type: 'selfcheck_item',
			link_id: draft.id,
			link_part: part('VM-03')
		},
		await demoPdf(pentest(fy), created),
		`侵入テスト概要_${fy}09.pdf`,
		'application/pdf'
	);

	await upload(
		{
			title: 'UPS 放電試験の結果（変電所6か所）',
			description: '停電時に制御装置を動かし続けられる時間の試験結果。赤は目標の60分に届かなかった拠点。',
			owner: '設備保全部',
			fiscal_year: String(fy),
			expires_on: `${fy + 1}-03-31`,
			link_type: 'selfcheck_item',
			link_id: draft.id,
			link_part: part('PE-03')
		},
		demoChartPng([48, 72, 65, 90, 61, 77], 60),
		`ups-test-${fy}.png`,
		'image/png'
	);

	const procedure = await security.collection('evidence').create({
		organisation: org,
		kind: 'link',
		title: '社内ポータル「インシデント対応手順」',
		description: 'CSIRT の招集から第一報までの手順。社内ポータルで常に最新版を公開している。',
		owner: '情報セキュリティ室',
		url: 'https://portal.tohto-demo.example/csirt/procedure',
		fiscal_year: fy
	});
	await link(procedure.id, onItem('IR-01'));

	// the policy also backs the risk register's top cyber risk
	const risk = await security
		.collection('risks')
		.getList(1, 1, { filter: security.filter('organisation = {:o}', { o: org }), sort: 'created' });
	if (risk.items[0]) await link(policyFile.evidence, { target_type: 'risk', target_id: risk.items[0].id, target_part: '' });

	// the auditor's review
	const review = (evidence: string, verdict: string, comment = '') =>
		auditor.collection('evidence_reviews').create({ organisation: org, evidence, verdict, comment });
	await review(policyFile.evidence, 'accepted');
	await review(logFile.evidence, 'accepted', '月次レビューの記録として十分。');
	await review(
		pentestFile.evidence,
		'rejected',
		'概要だけでは高の指摘に対する是正の状況が確認できません。是正計画を含む資料を登録してください。'
	);
	await review(minutesFile.evidence, 'needs_more', '前年度の記録です。今年度の演習の記録を追加してください。');

	await auditor.collection('findings').create({
		organisation: org,
		...onItem('EX-01'),
		title: '今年度の机上演習の記録がない',
		description: `登録されている演習記録は${fy - 1}年度のもので、有効期限も過ぎている。今年度の実施状況を確認できない。`,
		severity: 'medium',
		recommendation: '今年度の演習を実施し、議事録と課題の対応状況を証跡として登録する。',
		due_date: day(today, 45)
	});
	await auditor.collection('findings').create({
		organisation: org,
		target_type: 'evidence',
		target_id: pentestFile.evidence,
		target_part: '',
		title: '侵入テストの高の指摘に是正計画がない',
		description: '保守用接続口の古い TLS 設定について、是正の担当と期限が定められていない。',
		severity: 'high',
		recommendation: '是正計画（担当・期限・暫定策）を定め、完了後に再テストの結果を登録する。',
		due_date: day(today, -10)
	});
	await auditor.collection('evidence_requests').create({
		organisation: org,
		...onItem('EX-01'),
		title: `${fy}年度の机上演習の記録をアップロードしてください`,
		body: '議事録と、前回の課題（手動監視への切替手順）の対応状況が分かる資料をお願いします。',
		due_date: day(today, 30)
	});
	console.log('[mamori] demo evidence: 6 pieces (one expired, one rejected), 2 open findings, 1 evidence request');
}

main()
	.then(
		() => shutdownPdfWorker().catch(() => undefined),
		async (error: unknown) => {
			console.error(`[mamori] demo evidence failed: ${error instanceof Error ? error.message : String(error)}`);
			process.exitCode = 1;
		}
	)
	.finally(() => process.exit());
