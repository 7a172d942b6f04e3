import { describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../reports/selfcheck/synthetic';
import { auditSheet, auditSheetRows, type DescribedAuditEntry } from './audit-sheet';
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
	const action = (a: string) => ({ create: '作成', update: '更新', delete: '削除', view: '閲覧' })[a] ?? a;
	const entries: DescribedAuditEntry[] = [
		{
			created: '2026-11-22 02:37:55.923Z',
			actor_label: 'sec@example.jp',
			action: 'update',
			record_id: 'abc',
			collection: '回答',
			record: 'GOV-01 経営層の関与',
			viewed: null,
			changes: [
				{ field: 'status', label: '回答', before: '一部実施', after: '実施' },
				{ field: 'owner', label: '担当者', before: '—', after: '=x' }
			]
		},
		{
			created: '2026-11-22 02:38:00.000Z',
			actor_label: 'x',
			action: 'delete',
			record_id: 'd',
			collection: 'foo',
			record: null,
			viewed: null,
			changes: []
		},
		{
			created: '2026-11-22 02:39:00.000Z',
			actor_label: '監査 花子',
			action: 'view',
			record_id: 'g',
			collection: '監査人の閲覧権限',
			record: '監査 花子（2026年度）',
			viewed: '証跡ファイル: 情報セキュリティ規程（第1版）',
			changes: []
		}
	];

	it('describes each entry as the audit page does: record, field labels, values before and after', () => {
		const sheet = buildSheet(auditSheet, auditSheetRows(entries, action, 'ja'), 'ja');
		expect(sheet.rows[0].map((c) => c?.value)).toEqual([
			'2026-11-22 11:37:55',
			'sec@example.jp',
			'更新',
			'回答',
			'GOV-01 経営層の関与',
			'abc',
			'回答、担当者',
			'回答: 一部実施 → 実施\n担当者: — → =x'
		]);
		expect(sheet.rows[1][7]?.value).toBe('（変更なし）');
	});

	it('says what a view entry viewed instead of its raw stored value', () => {
		const [, , view] = buildSheet(auditSheet, auditSheetRows(entries, action, 'ja'), 'ja').rows;
		expect(view[2]?.value).toBe('閲覧');
		expect(view[6]).toBeNull();
		expect(view[7]?.value).toBe('閲覧した内容: 証跡ファイル: 情報セキュリティ規程（第1版）');
		const en = buildSheet(auditSheet, auditSheetRows(entries, action, 'en'), 'en');
		expect(en.rows[2][7]?.value).toBe('Viewed: 証跡ファイル: 情報セキュリティ規程（第1版）');
	});
});
