/**
 * Demo content for the self-check, run once by `npm start` right after it
 * creates the demo organisation: last fiscal year's self-check answered,
 * submitted, commented on by the auditor and signed by the executive; this
 * year's carried forward from it and partly confirmed. Every step goes
 * through the same API as the app, each with the demo user of the right role.
 *
 *   tsx scripts/demo-selfcheck.ts <pocketbase url> <organisation id>
 */
import PocketBase from 'pocketbase';
import { fiscalYearOf } from '../src/lib/domain/fiscal-year';
import type { AnswerStatus } from '../src/lib/domain/selfcheck/answers';
import { askedItems } from '../src/lib/domain/selfcheck/view/items';
import type { Checklist } from '../src/lib/domain/checklists/schema';
import { libraryChecklist, pinLibraryChecklists } from '../src/lib/server/selfcheck/pinning';
import { DEMO_PASSWORD } from './lib/demo.js';

const CHECKLISTS = ['cross-sector', 'sector-electricity'];
const ORG = { sector: 'electricity', operatorClass: 'leading' } as const;

async function as(url: string, email: string): Promise<PocketBase> {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, DEMO_PASSWORD);
	return pb;
}

/** A stable number 0–99 per item, so the demo looks the same on every machine. */
function bucket(text: string): number {
	let hash = 2166136261;
	for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
	return (hash >>> 0) % 100;
}

interface DemoAnswer {
	status: AnswerStatus;
	justification: string;
	notes: string;
	owner: string;
	target_date: string;
}

const OWNERS = ['情報セキュリティ室', '系統運用部', 'システム部', '総務部', '託送業務部'];

/** Why the demo operator leaves some reference items out this year (one reason per bucket range). */
const NOT_ADOPTED_REASONS = [
	'グループ共通の基盤で対応しており、当社単独の取組としては採用しない。',
	'現行の監視体制で必要な水準を満たしている。追加投資の効果を見極めたうえで来年度に再判断する。',
	''
];

/** Adopts about three quarters of the reference items; the rest get a reason (or none, as people often leave it). */
function adoptionFor(itemId: string): { adopted: boolean; reason: string } {
	const b = bucket(`adopt/${itemId}`);
	if (b < 75) return { adopted: true, reason: b < 10 ? '中期経営計画の重点施策として今年度から採用する。' : '' };
	return { adopted: false, reason: NOT_ADOPTED_REASONS[b % NOT_ADOPTED_REASONS.length] };
}

function answerFor(itemId: string, title: string, reference: boolean, year: number): DemoAnswer {
	const b = bucket(itemId);
	const owner = OWNERS[b % OWNERS.length];
	const due = `${year + 1}-03-31`;
	const consider: [number, AnswerStatus][] = [
		[68, 'implemented'],
		[76, 'alternative'],
		[90, 'partial'],
		[96, 'not_implemented'],
		[100, 'not_applicable']
	];
	const optional: [number, AnswerStatus][] = [
		[30, 'implemented'],
		[35, 'alternative'],
		[60, 'partial'],
		[92, 'not_implemented'],
		[100, 'not_applicable']
	];
	const status = (reference ? optional : consider).find(([limit]) => b < limit)?.[1] ?? 'implemented';
	switch (status) {
		case 'implemented':
			return {
				status,
				justification: '',
				notes: `「${title}」は社内規程に定め、**年次の運用記録**で実施を確認した。`,
				owner,
				target_date: ''
			};
		case 'alternative':
			return {
				status,
				justification: 'グループ共通の仕組みで同等の管理を行っているため。',
				notes: 'グループ会社の運用手順書と点検記録で確認。',
				owner,
				target_date: ''
			};
		case 'partial':
			return {
				status,
				justification: '',
				notes: `一部の拠点・システムで未整備。\n\n- 残る対象を洗い出し済み\n- ${year + 1}年3月までに展開予定`,
				owner,
				target_date: due
			};
		case 'not_implemented':
			return { status, justification: '', notes: '次年度の予算で対応を検討する。', owner, target_date: due };
		default:
			return { status, justification: '当社の設備構成では該当するシステムを保有していないため。', notes: '', owner: '', target_date: '' };
	}
}

async function main(): Promise<void> {
	const [url, orgId] = process.argv.slice(2);
	if (!url || !orgId) throw new Error('usage: tsx scripts/demo-selfcheck.ts <pocketbase url> <organisation id>');
	const security = await as(url, 'security@demo.example');
	const auditor = await as(url, 'auditor@demo.example');
	const executive = await as(url, 'executive@demo.example');

	const pinned = await pinLibraryChecklists(security, orgId, CHECKLISTS);
	const checklists = await Promise.all(CHECKLISTS.map(async (id) => (await libraryChecklist(id)) as Checklist));
	const current = fiscalYearOf(new Date(), 4);
	const last = current - 1;

	const start = (year: number, previous?: string) =>
		security.send<{ id: string }>('/api/mamori/assessments', {
			method: 'POST',
			body: { organisation: orgId, fiscal_year: year, checklists: pinned, previous, carryForward: !!previous }
		});

	// Last year: answered, submitted, reviewed, signed.
	const lastYear = await start(last);
	for (const [i, checklist] of checklists.entries()) {
		for (const { item } of askedItems(checklist, ORG)) {
			if (item.classification === 'reference') {
				const adoption = adoptionFor(item.id);
				await security
					.collection('reference_adoptions')
					.create({ organisation: orgId, assessment: lastYear.id, checklist: pinned[i], item_id: item.id, ...adoption });
				if (!adoption.adopted) continue;
			}
			const answer = answerFor(item.id, item.title.ja, item.classification === 'reference', last);
			await security
				.collection('answers')
				.create({ organisation: orgId, assessment: lastYear.id, checklist: pinned[i], item_id: item.id, ...answer });
		}
	}
	await security.collection('assessments').update(lastYear.id, { status: 'submitted' });
	await auditor.collection('review_comments').create({
		organisation: orgId,
		assessment: lastYear.id,
		checklist: pinned[0],
		item_id: 'GOV-01',
		body: '取締役会の議事録で方針の承認日を確認しました。次年度は改定履歴も添付してください。'
	});
	await auditor.collection('review_comments').create({
		organisation: orgId,
		assessment: lastYear.id,
		body: '全体として回答の根拠は明確です。一部実施の項目は期限の管理を徹底してください。'
	});
	await executive.collection('signoffs').create({
		organisation: orgId,
		subject_collection: 'assessments',
		subject_id: lastYear.id,
		statement: '内容を確認し、残存する課題への対応計画とともに承認する。'
	});

	// This year: carried forward, some answers already confirmed or improved.
	const thisYear = await start(current, lastYear.id);
	const answers = await security.collection('answers').getFullList<{ id: string; item_id: string; status: AnswerStatus; version: number }>({
		filter: security.filter('assessment = {:a}', { a: thisYear.id })
	});
	for (const answer of answers) {
		const b = bucket(`${answer.item_id}/${current}`);
		if (b >= 45) continue;
		const improved =
			answer.status === 'partial' && b < 20 ? { status: 'implemented', target_date: '', notes: '残る拠点への展開を完了した。' } : {};
		await security.collection('answers').update(answer.id, { ...improved, expected_version: answer.version });
	}
	console.log(`[mamori] demo self-checks: ${last}年度 signed, ${current}年度 in progress (${answers.length} items)`);
}

main().catch((error) => {
	console.error(`[mamori] demo self-check failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
