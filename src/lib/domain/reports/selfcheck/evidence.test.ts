import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { manifestJson, packageManifest } from '../../evidence/package';
import { plainText, type Block, type DataTableBlock, type ReportModel } from '../model';
import { pdfInfo } from '../pdf/document';
import { buildSelfCheckReport } from './build';
import { parseSelfCheckSnapshot, type SelfCheckSnapshot, type SnapshotEvidence } from './snapshot';
import { syntheticSnapshot } from './synthetic';

const OPTIONS = { reportId: 'MR-2026-BUILDAAA', snapshotSha256: 'f'.repeat(64) };

const evidence = (id: string, extra: Partial<SnapshotEvidence> = {}): SnapshotEvidence => ({
	id,
	title: `証跡 ${id}`,
	kind: 'file',
	period: { fiscalYear: 2026, from: '', to: '' },
	expiresOn: '',
	url: '',
	revision: {
		id: `rev${id}`,
		number: 2,
		name: `${id}.pdf`,
		size: 100,
		sha256: id
			.padEnd(64, '0')
			.slice(0, 64)
			.replace(/[^0-9a-f]/g, 'a')
	},
	review: 'pending',
	...extra
});

/** A snapshot made at 2027-05-01 (Japan): item 0 has an expired and a valid file, item 1 a link and the expired file again. */
function snapshot(): SelfCheckSnapshot {
	const base = syntheticSnapshot({ items: 6, sections: 2 });
	const expired = evidence('e1', { expiresOn: '2027-04-30', review: 'rejected' });
	const items = base.items.map((item, k) => ({
		...item,
		adoption: item.classification === 'reference' ? { adopted: true, reason: '', carriedOver: false } : null,
		answer: {
			...item.answer,
			evidence:
				k === 0
					? [expired, evidence('e2', { expiresOn: '2027-05-01', review: 'accepted' })]
					: k === 1
						? [evidence('e3', { kind: 'link', url: 'https://intranet.example/bcp', revision: null }), expired]
						: []
		}
	}));
	return parseSelfCheckSnapshot({
		...base,
		items,
		generatedAt: '2027-04-30T15:30:00.000Z',
		findings: [
			{
				id: 'f1',
				item: { checklistId: items[0].checklistId, itemId: items[0].itemId },
				evidenceId: null,
				title: '訓練記録の不足',
				severity: 'medium',
				status: 'open',
				dueDate: '2027-04-01',
				raisedBy: '監査 一郎',
				response: ''
			},
			{
				id: 'f2',
				item: null,
				evidenceId: 'e1',
				title: '古い版の方針',
				severity: 'low',
				status: 'closed',
				dueDate: '',
				raisedBy: '監査 一郎',
				response: '改訂版を登録した'
			}
		]
	});
}

function section(model: ReportModel, id: string): Block[] {
	const found = model.sections.find((s) => s.id === id);
	if (!found) throw new Error(`no section ${id}`);
	return found.blocks;
}
const tableText = (t: DataTableBlock) => t.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : plainText(c.text))));

describe('the self-check report’s evidence', () => {
	const snap = snapshot();
	const ja = buildSelfCheckReport(snap, OPTIONS);

	it('lists each item’s evidence with its period, revision, SHA-256 and verdict, and flags expired evidence', () => {
		const tables = section(ja, 'detail').filter((b): b is DataTableBlock => b.kind === 'table');
		const [first, second] = tables.map(tableText);
		expect(first[0]).toEqual([
			'証跡 e1',
			'2026年度\n期限切れ（2027年4月30日）',
			`第2版　e1.pdf\n${snap.items[0].answer.evidence[0].revision?.sha256}`,
			'不受理'
		]);
		// valid through the whole of its last day (Japan time)
		expect(first[1][1]).toBe('2026年度\n期限 2027年5月1日');
		expect(first[1][3]).toBe('受理');
		expect(second[0][0]).toBe('証跡 e3\nリンク: https://intranet.example/bcp');
		expect(second[0][2]).toBe('リンク');
		expect(JSON.stringify(section(ja, 'detail'))).toContain('訓練記録の不足（中・対応待ち）');
	});

	it('lists every piece of evidence once, with the manifest hash that is also a PDF keyword', () => {
		const manifest = packageManifest(snap);
		const hash = createHash('sha256').update(manifestJson(manifest)).digest('hex');
		expect(ja.meta.manifestSha256).toBe(hash);
		expect(pdfInfo(ja).keywords).toContain(`mamori-manifest-sha256:${hash}`);
		const blocks = section(ja, 'evidence');
		expect(JSON.stringify(blocks)).toContain(hash);
		const [table] = blocks.filter((b): b is DataTableBlock => b.kind === 'table').map(tableText);
		expect(table.map((r) => r[0].split('\n')[0])).toEqual(['証跡 e1', '証跡 e2', '証跡 e3']);
		expect(table[0][0]).toContain('evidence/001-e1.pdf');
		expect(table[0][4].split('\n')).toEqual([snap.items[0].itemId, snap.items[1].itemId]);
		const kv = blocks.find((b) => b.kind === 'keyValue');
		expect(kv && kv.kind === 'keyValue' && kv.rows.find((r) => r.key === '期限切れの証跡')?.value).toBe('1');
	});

	it('lists the findings with their status, overdue ones flagged', () => {
		const [table] = section(ja, 'findings')
			.filter((b): b is DataTableBlock => b.kind === 'table')
			.map(tableText);
		expect(table[0]).toEqual([
			'訓練記録の不足',
			`${snap.items[0].itemId}　${snap.items[0].title.ja}`,
			'中',
			'対応待ち',
			'2027年4月1日\n期限超過'
		]);
		expect(table[1]).toEqual(['古い版の方針\n改訂版を登録した', '証跡「証跡 e1」', '低', '完了', '期限なし']);
		const en = buildSelfCheckReport(snap, { ...OPTIONS, language: 'en' });
		expect(JSON.stringify(section(en, 'findings'))).toContain('Waiting for response');
	});

	it('refuses findings on unknown items or on evidence no item uses', () => {
		const broken = { ...snap, findings: [{ ...snap.findings![1], evidenceId: 'nope' }] };
		expect(() => parseSelfCheckSnapshot(broken)).toThrow(/evidence nope is not used/);
		const both = { ...snap, findings: [{ ...snap.findings![0], evidenceId: 'e1' }] };
		expect(() => parseSelfCheckSnapshot(both)).toThrow(/on an item or on evidence/);
	});
});
