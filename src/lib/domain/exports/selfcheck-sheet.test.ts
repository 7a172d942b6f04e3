import { describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../reports/selfcheck/synthetic';
import { auditSheet, auditSheetRows } from './audit-sheet';
import { buildSheet } from './sheet';
import { answersSheet, selfCheckWorkbook } from './selfcheck-sheet';

describe('self-check answers sheet', () => {
	const snap = syntheticSnapshot({ items: 40, sections: 4, signed: true, seed: 7 });

	it('has one row per item asked, in checklist order, with Japanese headers by default', () => {
		const [answers, summary] = selfCheckWorkbook(snap, 'ja');
		expect(answers.name).toBe('回答');
		expect(answers.headers).toContain('対応予定日');
		expect(answers.rows).toHaveLength(snap.items.length);
		expect(answers.rows.map((r) => r[2]?.value)).toEqual(snap.items.map((i) => i.itemId));
		expect(summary.name).toBe('概要');
		expect(summary.rows.map((r) => r[0]?.value)).toContain('署名内容のSHA-256');
		expect(selfCheckWorkbook(snap, 'en')[0].headers).toContain('Target date');
	});

	it('shows each answer in words, its target date as a date, the carry-over as a boolean and the item comments', () => {
		const item = snap.items.find((i) => i.answer.targetDate !== null);
		expect(item).toBeDefined();
		if (!item) return;
		const modified = {
			...snap,
			items: snap.items.map((i) => (i === item ? { ...i, answer: { ...i.answer, carriedOver: true, justification: '=cmd|calc' } } : i)),
			comments: [
				{ itemId: item.itemId, authorName: '監査 花子', role: 'auditor', body: '根拠資料を確認', createdAt: '2026-07-01T01:00:00.000Z' }
			]
		};
		const [answers] = selfCheckWorkbook(modified, 'ja');
		const row = answers.rows[snap.items.indexOf(item)];
		const cell = (key: string) => row[answersSheet.columns.findIndex((c) => c.key === key)];
		expect(cell('targetDate')).toEqual({ type: 'date', value: item.answer.targetDate });
		expect(cell('carriedOver')).toEqual({ type: 'boolean', value: true });
		expect(cell('justification')).toEqual({ type: 'text', value: "'=cmd|calc" });
		expect(cell('comments')).toEqual({ type: 'text', value: '2026-07-01 10:00 監査 花子（監査人）: 根拠資料を確認' });
	});
});

describe('audit trail sheet', () => {
	it('lists each entry with its changes before and after', () => {
		const rows = auditSheetRows(
			[
				{
					created: '2026-11-22 02:37:55.923Z',
					actor_label: 'sec@example.jp',
					action: 'update',
					collection: 'answers',
					record_id: 'abc',
					changes: {
						status: { before: 'partial', after: 'implemented' },
						owner: { before: '', after: '=x' },
						meta: { before: null, after: { a: 1 } }
					}
				},
				{ created: '2026-11-22 02:38:00.000Z', actor_label: 'x', action: 'delete', collection: 'foo', record_id: 'd', changes: null }
			],
			{ action: (a) => ({ create: '作成', update: '更新', delete: '削除' })[a], collection: (c) => (c === 'answers' ? '回答' : c) },
			'ja'
		);
		const sheet = buildSheet(auditSheet, rows, 'ja');
		expect(sheet.rows[0].map((c) => c?.value)).toEqual([
			'2026-11-22 11:37:55',
			'sec@example.jp',
			'更新',
			'回答',
			'abc',
			'status, owner, meta',
			'status: partial → implemented\nowner: — → =x\nmeta: — → {"a":1}'
		]);
		expect(sheet.rows[1][6]?.value).toBe('（記録なし）');
	});
});
