import { describe, expect, it } from 'vitest';
import { buildSheet } from '../exports/sheet';
import { actionsSheet, actionsSheetRows, type ActionSheetInput } from './actions-sheet';

const now = new Date('2026-12-01T16:00:00Z'); // 2 Dec in Japan
const base: ActionSheetInput = {
	source: 'exercise',
	origin: '専用線途絶の机上演習',
	finding: '=連絡網が古い',
	action: '台帳を更新する',
	owner: '情報セキュリティ室',
	due_date: '2026-11-30 00:00:00.000Z',
	status: 'open',
	closed_at: '',
	closure_note: '',
	plan_sections: ['contingency.csirt'],
	risks: ['abcdefghij12345', 'gone00000000000'],
	items: ['cross-sector/SH-02']
};

describe('improvement actions sheet', () => {
	it('has a row per action with its origin, links, real dates and whether it is overdue', () => {
		const risks = [{ id: 'abcdefghij12345', ref: 'R-018', title: '専用線の途絶', closed: false }];
		const closed = {
			...base,
			source: 'incident' as const,
			status: 'closed' as const,
			closed_at: '2026-11-29 02:00:00.000Z',
			closure_note: '配布済み'
		};
		const [open, done] = actionsSheetRows([base, closed], risks, now, 'ja');
		expect(open).toMatchObject({
			source: '演習',
			due: '2026-11-30',
			status: '未着手',
			overdue: true,
			risks: 'R-018 専用線の途絶',
			closed: undefined
		});
		expect(open.sections).toContain('CSIRT');
		expect(done).toMatchObject({ source: 'インシデント', status: '完了', overdue: false, closed: '2026-11-29' });
		const sheet = buildSheet(actionsSheet, [open, done], 'ja');
		expect(sheet.rows[0][2]).toEqual({ type: 'text', value: "'=連絡網が古い" }); // a formula is neutralised
		expect(sheet.rows[0][5]).toEqual({ type: 'date', value: '2026-11-30' });
	});

	it('uses English headers and names in English', () => {
		const [row] = actionsSheetRows([base], [], now, 'en');
		expect(row).toMatchObject({ source: 'Exercise', status: 'Open', risks: '' });
		expect(buildSheet(actionsSheet, [row], 'en').headers[0]).toBe('Source');
	});
});
