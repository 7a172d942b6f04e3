/**
 * Benchmark data: an organisation with a self-check of 1× or 4× the
 * cross-sector checklist (158 / 632 asked items, every one answered with
 * notes), a risk register and an evidence library of the given sizes. Made
 * through the REST API as the organisation's security team, as the app does.
 */
import PocketBase from 'pocketbase';
import { checklistSchema, type Checklist } from '../../src/lib/domain/checklists/schema';
import { askedItems } from '../../src/lib/domain/selfcheck/view/items';
import { libraryChecklist } from '../../src/lib/server/selfcheck/pinning';

export const APPLICANT = { sector: 'electricity', operatorClass: 'leading' } as const;
const PASSWORD = 'bench-password-2026';
const STATUSES = ['implemented', 'partial', 'alternative', 'not_implemented', 'implemented'] as const;

export interface SeededOrg {
	orgId: string;
	email: string;
	password: string;
	assessmentId: string;
	items: number;
	answers: { id: string; checklist: string; itemId: string; version: number }[];
	risks: number;
	evidence: number;
}

/** The cross-sector checklist, or `copies` copies of its sections with new ids (GOV → GOVB…). */
export async function benchChecklist(copies: number): Promise<Checklist> {
	const base = await libraryChecklist('cross-sector');
	if (!base) throw new Error('the library has no cross-sector checklist');
	if (copies === 1) return base;
	const text = JSON.stringify(base.sections);
	const sections = [];
	for (let c = 0; c < copies; c++) {
		const suffix = c === 0 ? '' : String.fromCharCode(65 + c); // '', B, C, D
		const copy = JSON.parse(text) as Checklist['sections'];
		const rename = (id: string) => (suffix ? id.replace(/^([A-Z]+)/, `$1${suffix}`) : id);
		const walk = (section: Checklist['sections'][number]) => {
			section.id = rename(section.id);
			section.title = { ja: `${section.title.ja}${suffix ? `（${c + 1}）` : ''}`, en: `${section.title.en}${suffix ? ` (${c + 1})` : ''}` };
			for (const item of section.items ?? []) item.id = rename(item.id);
			for (const child of section.sections ?? []) walk(child);
		};
		copy.forEach(walk);
		sections.push(...copy);
	}
	const parsed = checklistSchema.safeParse({ ...base, id: `bench-cross-sector-x${copies}`, sections });
	if (!parsed.success) throw new Error(`the ${copies}× benchmark checklist is invalid: ${parsed.error.message.slice(0, 500)}`);
	return parsed.data;
}

async function pool<T>(inputs: readonly T[], size: number, fn: (input: T, index: number) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: size }, async () => {
			while (next < inputs.length) {
				const i = next++;
				await fn(inputs[i], i);
			}
		})
	);
}

function notesFor(i: number): string {
	return [
		`規程第${(i % 12) + 1}条にもとづき、${2020 + (i % 6)}年度から運用している。担当部署が四半期ごとに実施状況を確認し、結果を情報セキュリティ委員会へ報告した。`,
		`- 直近の確認：${(i % 28) + 1}日に実施\n- 次回の見直し：年度末`
	].join('\n\n');
}

export async function seedOrganisation(
	superuser: PocketBase,
	pbUrl: string,
	options: { tag: string; copies: number; risks: number; evidence: number }
): Promise<SeededOrg> {
	const email = `security-${options.tag}@bench.mamori.test`;
	const user = await superuser.collection('users').create({
		email,
		password: PASSWORD,
		passwordConfirm: PASSWORD,
		name: `守谷 ${options.tag}`,
		verified: true,
		emailVisibility: true,
		language: 'ja'
	});
	const org = await superuser.collection('organisations').create({
		name: `【ベンチ】電力 ${options.tag}`,
		sector: APPLICANT.sector,
		operator_class: APPLICANT.operatorClass,
		fy_start_month: 4,
		admins: [user.id],
		security_team: [user.id]
	});
	const pb = new PocketBase(pbUrl);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, PASSWORD);

	const checklist = await benchChecklist(options.copies);
	const pinned = await pb.collection('checklists').create({
		organisation: org.id,
		checklist_id: checklist.id,
		version: checklist.version,
		title: checklist.title,
		content: checklist,
		source: options.copies === 1 ? 'library' : 'import'
	});
	const { id: assessmentId } = await pb.send<{ id: string }>('/api/mamori/assessments', {
		method: 'POST',
		body: { organisation: org.id, fiscal_year: 2026, checklists: [pinned.id] }
	});
	const asked = askedItems(checklist, APPLICANT);
	const base = { organisation: org.id, assessment: assessmentId, checklist: pinned.id };
	await pool(
		asked.filter((f) => f.item.classification === 'reference'),
		6,
		async (f) => {
			await pb.collection('reference_adoptions').create({ ...base, item_id: f.item.id, adopted: true, reason: '' });
		}
	);
	const answers: SeededOrg['answers'] = [];
	await pool(asked, 6, async (f, i) => {
		const status = STATUSES[i % STATUSES.length];
		const record = await pb.collection('answers').create<{ id: string; version: number }>({
			...base,
			item_id: f.item.id,
			status,
			notes: notesFor(i),
			owner: ['情報セキュリティ室', '系統運用部', 'システム部'][i % 3],
			target_date: status === 'implemented' ? '' : '2027-03-31'
		});
		answers[i] = { id: record.id, checklist: pinned.id, itemId: f.item.id, version: record.version };
	});
	await pool(
		Array.from({ length: options.risks }, (_, i) => i),
		6,
		async (i) => {
			await pb.collection('risks').create({
				organisation: org.id,
				title: `ベンチ用リスク ${i + 1}：業務システムの停止による${['託送', '検針', '給電'][i % 3]}業務の遅延`,
				scenario: `想定：${['ランサムウェア感染', '機器故障', '委託先の作業ミス'][i % 3]}により、重要システムが${(i % 8) + 1}時間停止する。`,
				category: ['intentional', 'unintentional', 'disaster', 'spillover', 'supply_chain'][i % 5],
				owner: ['情報セキュリティ室', '系統運用部', 'システム部'][i % 3],
				status: 'open'
			});
		}
	);
	await pool(
		Array.from({ length: options.evidence }, (_, i) => i),
		6,
		async (i) => {
			await pb.collection('evidence').create({
				organisation: org.id,
				kind: 'link',
				title: `証跡 ${i + 1}：${['情報セキュリティ規程', '委員会議事録', '訓練実施記録', '脆弱性診断報告'][i % 4]}`,
				url: `https://intra.example.jp/docs/${i + 1}`,
				owner: '情報セキュリティ室',
				fiscal_year: 2026
			});
		}
	);
	return {
		orgId: org.id,
		email,
		password: PASSWORD,
		assessmentId,
		items: asked.length,
		answers,
		risks: options.risks,
		evidence: options.evidence
	};
}
