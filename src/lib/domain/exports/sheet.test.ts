import { describe, expect, it } from 'vitest';
import { testSheet as spec } from './fixtures';
import { buildSheet, CELL_MAX_CHARS, defineSheet, displayWidth, MAX_WIDTH, MIN_WIDTH } from './sheet';

describe('buildSheet', () => {
	it('gives headers in the requested language and typed cells', () => {
		const rows = [{ item: '=1+1', note: '-', score: -5, due: '2026-03-31 00:00:00.000Z', at: '2026-11-22 02:37:55.923Z', done: true }];
		const ja = buildSheet(spec, rows, 'ja');
		expect(ja.name).toBe('回答');
		expect(ja.headers).toEqual(['項目', '備考', '点数', '対応予定日', '日時', '確認済み']);
		expect(ja.types).toEqual(['text', 'text', 'number', 'date', 'datetime', 'boolean']);
		expect(ja.rows[0]).toEqual([
			{ type: 'text', value: "'=1+1" },
			{ type: 'text', value: "'-" },
			{ type: 'number', value: -5 },
			{ type: 'date', value: '2026-03-31' },
			{ type: 'datetime', value: '2026-11-22 11:37:55' },
			{ type: 'boolean', value: true }
		]);
		expect(buildSheet(spec, rows, 'en').headers[5]).toBe('Confirmed');
	});

	it('turns missing and empty values into empty cells', () => {
		expect(buildSheet(spec, [{ item: '' }], 'ja').rows[0]).toEqual([null, null, null, null, null, null]);
	});

	it.each([
		['item', 3],
		['score', '3'],
		['score', Number.NaN],
		['score', Infinity],
		['due', '2026-02-30'],
		['due', 'tomorrow'],
		['at', 'not a time'],
		['done', 'yes']
	] as const)('refuses %s = %j with the column named', (key, value) => {
		expect(() => buildSheet(spec, [{ [key]: value }], 'ja')).toThrow(new RegExp(`column ${key}`));
	});

	it('sizes columns to their widest content, counting CJK characters twice', () => {
		expect(displayWidth('abc')).toBe(3);
		expect(displayWidth('自己検証')).toBe(8);
		expect(displayWidth('ab\n自己検証の回答')).toBe(14);
		const sheet = buildSheet(spec, [{ item: '重要インフラサービス' }], 'ja');
		expect(sheet.widths[0]).toBe(22);
		expect(sheet.widths[2]).toBe(MIN_WIDTH);
		expect(sheet.widths[5]).toBe(10);
		expect(buildSheet(spec, [{ item: 'x'.repeat(500) }], 'ja').widths[0]).toBe(MAX_WIDTH);
	});

	it('cuts text longer than a cell holds and says how much was left out', () => {
		const [cell] = buildSheet(spec, [{ item: '検'.repeat(CELL_MAX_CHARS + 10) }], 'ja').rows[0];
		const length = cell?.type === 'text' ? cell.value.length : 0;
		expect(length).toBeLessThanOrEqual(CELL_MAX_CHARS);
		expect(length).toBeGreaterThan(CELL_MAX_CHARS - 5);
		expect(cell?.type === 'text' && cell.value).toMatch(/…（以下\d+文字省略）$/);
		const [emoji] = buildSheet(spec, [{ item: '😀'.repeat(CELL_MAX_CHARS) }], 'en').rows[0];
		expect(emoji?.type === 'text' && emoji.value).toMatch(/^(\ud83d\ude00)+… \([\d,]+ more characters omitted\)$/);
		const [fits] = buildSheet(spec, [{ item: 'x'.repeat(CELL_MAX_CHARS) }], 'ja').rows[0];
		expect(fits?.type === 'text' && fits.value.length).toBe(CELL_MAX_CHARS);
	});

	it('refuses a sheet name Excel would refuse and repeated column keys', () => {
		expect(() => defineSheet({ name: { ja: 'a/b', en: 'ab' }, columns: [] })).toThrow(/31 characters/);
		expect(() => defineSheet({ name: { ja: 'x'.repeat(32), en: 'ab' }, columns: [] })).toThrow(/31 characters/);
		const column = { key: 'a', header: { ja: 'a', en: 'a' }, type: 'text' } as const;
		expect(() => defineSheet({ name: { ja: 'x', en: 'x' }, columns: [column, column] })).toThrow(/twice/);
	});
});
