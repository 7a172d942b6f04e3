import { describe, expect, it } from 'vitest';
import { testSheet as spec } from './fixtures';
import { readSheetRows } from './read';

describe('readSheetRows', () => {
	it('reads CSV text cells in either language and any column order', () => {
		const result = readSheetRows(spec, [
			['Confirmed', 'When', 'Target date', 'Score', 'Note', 'Item'],
			['TRUE', '2026-11-22 11:37:55', '2026-03-31', '-5', "'=1+1", 'GOV-01'],
			['', '', '', '', '', ''],
			['false', '', '', '0.5', 'plain', 'GOV-02']
		]);
		expect(result).toEqual({
			ok: true,
			lang: 'en',
			rows: [
				{ item: 'GOV-01', note: '=1+1', score: -5, due: '2026-03-31', at: '2026-11-22 11:37:55', done: true },
				{ item: 'GOV-02', note: 'plain', score: 0.5, due: null, at: null, done: false }
			]
		});
	});

	it('reads XLSX values (numbers, booleans, Dates)', () => {
		const result = readSheetRows(spec, [
			['項目', '備考', '点数', '対応予定日', '日時', '確認済み'],
			["'-x", null, 3, new Date('2026-04-01T00:00:00Z'), new Date('2026-04-01T09:30:00.4Z'), false]
		]);
		expect(result).toEqual({
			ok: true,
			lang: 'ja',
			rows: [{ item: '-x', note: null, score: 3, due: '2026-04-01', at: '2026-04-01 09:30:00', done: false }]
		});
	});

	it('names the row and column of each bad cell', () => {
		const result = readSheetRows(spec, [
			['項目', '備考', '点数', '対応予定日', '日時', '確認済み'],
			['a', '', 'many', '31/03/2026', 'noon', 'yes']
		]);
		expect(result).toEqual({
			ok: false,
			problems: [
				{ row: 2, column: '点数', message: 'must be a number' },
				{ row: 2, column: '対応予定日', message: 'must be a date (YYYY-MM-DD)' },
				{ row: 2, column: '日時', message: 'must be a date and time (YYYY-MM-DD HH:mm:ss)' },
				{ row: 2, column: '確認済み', message: 'must be TRUE or FALSE' }
			]
		});
	});

	it('refuses a header that does not name every column', () => {
		const result = readSheetRows(spec, [['項目', 'Note']]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0].message).toMatch(/^missing columns: 備考, 点数, 対応予定日, 日時, 確認済み /);
	});
});
