/**
 * SYNTHETIC self-check snapshots for tests and the benchmark only — never
 * shown to users as real data. Deterministic: the same options give the
 * same snapshot (seeded PRNG, no clock, no Math.random). The organisation is
 * fictitious and named as synthetic.
 */
import type { AnswerStatus } from '../../selfcheck/answers';
import { isCountedItem, type SelfCheckSnapshot, type SnapshotEvidence, type SnapshotItem } from './snapshot';
import { AREAS, EVIDENCE, OBJECTS, OWNERS, PEOPLE, SENTENCES, TOPICS } from './synthetic-text';

export interface SyntheticOptions {
	items: number;
	sections: number;
	seed?: number;
	signed?: boolean;
	withPrevious?: boolean;
	/** Share of unanswered items (default 0.06; the benchmark uses 0 = all answered). */
	unansweredRate?: number;
	fiscalYear?: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function weightedStatus(rng: Rng, unanswered: number): AnswerStatus {
	const r = rng();
	if (r < unanswered) return 'unanswered';
	const x = (r - unanswered) / (1 - unanswered);
	if (x < 0.58) return 'implemented';
	if (x < 0.64) return 'alternative';
	if (x < 0.8) return 'partial';
	if (x < 0.91) return 'not_implemented';
	return 'not_applicable';
}

function notes(rng: Rng, itemNo: number): string {
	const paragraphs: string[] = [];
	const count = 2 + Math.floor(rng() * 2);
	for (let p = 0; p < count; p++) {
		const sentences = Array.from({ length: 2 + Math.floor(rng() * 2) }, () => pick(rng, SENTENCES));
		if (p === 0) sentences[0] = `**${pick(rng, OBJECTS).ja}**について、${sentences[0]}`;
		paragraphs.push(sentences.join(''));
	}
	if (itemNo % 4 === 0) paragraphs.push(`- ${pick(rng, SENTENCES)}\n- ${pick(rng, SENTENCES)}\n- 手順書：\`PROC-${pad(itemNo % 97, 3)}\``);
	if (itemNo % 9 === 0) paragraphs.push(`参考：[社内ポータルの手順書](https://intranet.example.jp/proc/${itemNo})`);
	return paragraphs.join('\n\n');
}

/** Classification, leading flag and adoption of synthetic item i (draw: one random number in [0, 1)). */
const VERDICT_DRAWS = ['pending', 'pending', 'accepted', 'accepted', 'accepted', 'needs_more', 'rejected'] as const;

/** A linked file with a period, an expiry for some, a made-up hash and a review state. */
function syntheticEvidence(rng: Rng, fy: number, n: number): SnapshotEvidence {
	const sha256 = Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(rng() * 16)]).join('');
	const expires = rng() < 0.3 ? `${fy + (rng() < 0.3 ? 0 : 2)}-${pad(1 + Math.floor(rng() * 12))}-${pad(1 + Math.floor(rng() * 28))}` : '';
	return {
		id: `EV-${pad(n, 4)}`,
		title: pick(rng, EVIDENCE),
		kind: 'file',
		period: { fiscalYear: fy, from: '', to: '' },
		expiresOn: expires,
		url: '',
		revision: {
			id: `REV-${pad(n, 4)}`,
			number: 1 + Math.floor(rng() * 3),
			name: `evidence-${pad(n, 4)}.pdf`,
			size: 1000 + Math.floor(rng() * 900_000),
			sha256
		},
		review: pick(rng, VERDICT_DRAWS)
	};
}

function kindOf(inSupplement: boolean, draw: number, i: number): Pick<SnapshotItem, 'classification' | 'leading' | 'adoption'> {
	if (inSupplement) return { classification: 'sector', leading: false, adoption: null };
	if (draw < 0.64) return { classification: 'consider', leading: i % 37 === 11, adoption: null };
	const adopted = draw < 0.92;
	return {
		classification: 'reference',
		leading: false,
		adoption: { adopted, reason: adopted ? '' : '当社の規模と設備構成では優先度が低いため、今年度は採用しない。', carriedOver: false }
	};
}

export function syntheticSnapshot(options: SyntheticOptions): SelfCheckSnapshot {
	const rng = seededRandom(options.seed ?? 20261122);
	const fy = options.fiscalYear ?? 2026;
	const unanswered = options.unansweredRate ?? 0.06;
	const sectionCount = Math.max(1, options.sections);
	const checklists = [
		{
			id: 'cross-sector',
			version: '2026.1',
			title: { ja: '重要インフラ分野横断 安全基準チェックリスト（合成データ）', en: 'Cross-sector safety-standard checklist (synthetic)' }
		},
		{
			id: 'electricity-supplement',
			version: '2026.1',
			title: { ja: '電力分野 補足チェックリスト（合成データ）', en: 'Electric power supplement (synthetic)' }
		}
	];
	const sections: SelfCheckSnapshot['sections'] = [];
	const leaf: { checklistId: string; sectionId: string }[] = [];
	for (let s = 0; s < sectionCount; s++) {
		const checklistId = s < Math.ceil(sectionCount * 0.8) ? checklists[0].id : checklists[1].id;
		const area = AREAS[s % AREAS.length];
		const sectionId = `${area.code}${s >= AREAS.length ? Math.floor(s / AREAS.length) + 1 : ''}`;
		sections.push({ checklistId, sectionId, title: area.title, depth: 0 });
		leaf.push({ checklistId, sectionId });
		if (s % 3 === 1) {
			const sub = `${sectionId}-OPS`;
			sections.push({
				checklistId,
				sectionId: sub,
				title: { ja: `${area.title.ja}（運用）`, en: `${area.title.en} (operations)` },
				depth: 1
			});
			leaf.push({ checklistId, sectionId: sub });
		}
	}
	const items: SnapshotItem[] = [];
	const counters = new Map<string, number>();
	for (let i = 0; i < options.items; i++) {
		const at = leaf[Math.min(leaf.length - 1, Math.floor((i * leaf.length) / options.items))];
		const n = (counters.get(at.sectionId) ?? 0) + 1;
		counters.set(at.sectionId, n);
		const status = weightedStatus(rng, unanswered);
		const object = pick(rng, OBJECTS);
		const topic = pick(rng, TOPICS);
		const gap = status === 'partial' || status === 'not_implemented';
		items.push({
			checklistId: at.checklistId,
			checklistVersion: '2026.1',
			itemId: `${at.sectionId}-${pad(n)}`,
			sectionId: at.sectionId,
			...kindOf(at.checklistId === checklists[1].id, rng(), i),
			title: { ja: `${object.ja}の${topic.ja}`, en: `${topic.en} of ${object.en}` },
			answer: {
				status,
				justification:
					status === 'not_applicable'
						? `当社は${object.ja}を保有していないため、本項目は対象外と判断した。`
						: status === 'alternative'
							? `${object.ja}については、${pick(rng, SENTENCES)}これにより同等の効果が得られると判断した。`
							: '',
				notes: status === 'unanswered' ? '' : notes(rng, i),
				owner: status === 'unanswered' && rng() < 0.5 ? '' : pick(rng, OWNERS),
				targetDate:
					gap && rng() < 0.85 ? `${rng() < 0.2 ? fy : fy + 1}-${pad(1 + Math.floor(rng() * 12))}-${pad(1 + Math.floor(rng() * 28))}` : null,
				carriedOver: status !== 'unanswered' && rng() < 0.1,
				evidence: Array.from({ length: Math.floor(rng() * 3) }, (_, k) => syntheticEvidence(rng, fy, i * 3 + k + 1))
			}
		});
	}
	const comments: SelfCheckSnapshot['comments'] = Array.from({ length: Math.max(2, Math.floor(options.items / 25)) }, (_, k) => {
		const person = pick(rng, PEOPLE);
		const item = k % 3 === 0 ? null : items[Math.floor(rng() * items.length)];
		return {
			itemId: item ? item.itemId : null,
			authorName: person.name,
			role: person.role,
			body: item ? `${item.itemId} の根拠資料について、${pick(rng, SENTENCES)}` : `全体として${pick(rng, SENTENCES)}`,
			createdAt: `${fy + 1}-0${1 + (k % 3)}-${pad(1 + (k % 27))}T0${k % 9}:${pad((k * 7) % 60)}:00+09:00`
		};
	});
	const previous =
		options.withPrevious === false
			? null
			: {
					fiscalYear: fy - 1,
					items: items
						.filter((item, i) => i % 23 !== 5 && isCountedItem(item))
						.map((item) => ({
							checklistId: item.checklistId,
							itemId: item.itemId,
							sectionId: item.sectionId,
							classification: item.classification,
							status: rng() < 0.3 ? weightedStatus(rng, 0.12) : item.answer.status
						}))
				};
	const signed = options.signed === true;
	return {
		schemaVersion: 2,
		organisation: {
			id: 'synthetic-org',
			name: 'サンプル電力株式会社（合成データ）',
			sector: 'electricity',
			operatorClass: 'leading',
			fyStartMonth: 4
		},
		assessment: {
			id: `synthetic-${fy}`,
			fiscalYear: fy,
			revision: signed ? 3 : 2,
			status: signed ? 'signed' : 'submitted',
			referenceAdoption: 'per_item',
			checklists
		},
		sections,
		items,
		comments,
		signoff: signed
			? { signerName: '山本 恵子（代表取締役社長）', signedAt: `${fy + 1}-03-24T10:15:00+09:00`, contentSha256: '7d4e3f9a'.repeat(8) }
			: null,
		previous,
		generatedAt: `${fy + 1}-03-25T01:00:00Z`
	};
}
