import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellValue, readSheetRows } from '$lib/domain/exports/read';
import { testSheet } from '$lib/domain/exports/fixtures';
import { buildSheet } from '$lib/domain/exports/sheet';
import { csvText, readCsv, writeCsv } from './csv';
import { contentDisposition, sheetDownload } from './download';
import { readXlsx, writeXlsx } from './xlsx';
import { zipEntryText } from './zip-entry';

const spec = testSheet;

const sample = [
	{ item: 'GOV-01', note: '=HYPERLINK("http://x")', score: -5, due: '2026-03-31', at: '2026-11-22 02:37:55.923Z', done: true },
	{ item: 'GOV-02', note: '複数行の\n"備考", カンマ入り', score: 0.25, due: null, at: null, done: false },
	{ item: '@SUM', note: "'-quoted", score: null, due: '2027-01-05', at: '2026-12-31T15:00:00Z', done: null }
];

/** What reading back must give: every value restored (a wholly empty row is skipped, as readers do). */
const expected = (sheet: ReturnType<typeof buildSheet>) =>
	sheet.rows
		.filter((row) => row.some((cell) => cell !== null))
		.map((row) => Object.fromEntries(spec.columns.map((column, i) => [column.key, cellValue(row[i])])));

describe('XLSX writer', () => {
	it('reads back with the same typed values, real dates and text restored', async () => {
		const sheet = buildSheet(spec, sample, 'ja');
		const [read] = await readXlsx(await writeXlsx([sheet]));
		expect(read.name).toBe('回答');
		expect(read.rows[1][3]).toBeInstanceOf(Date);
		expect(read.rows[1][2]).toBe(-5);
		expect(read.rows[1][1]).toBe('\'=HYPERLINK("http://x")');
		const back = readSheetRows(spec, read.rows);
		expect(back).toEqual({ ok: true, lang: 'ja', rows: expected(sheet) });
		if (back.ok) expect(back.rows[0]).toMatchObject({ note: '=HYPERLINK("http://x")', at: '2026-11-22 11:37:55', due: '2026-03-31' });
	});

	it('freezes the header row, sets column widths and date formats, writes no formula', async () => {
		const xlsx = await writeXlsx([buildSheet(spec, sample, 'en')]);
		const sheetXml = await zipEntryText(xlsx, 'xl/worksheets/sheet1.xml');
		expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
		expect(sheetXml).toMatch(/<col [^>]*width="/);
		expect(sheetXml).not.toMatch(/<f>/);
		const styles = await zipEntryText(xlsx, 'xl/styles.xml');
		expect(styles).toContain('formatCode="yyyy-mm-dd"');
		expect(styles).toContain('formatCode="yyyy-mm-dd hh:mm:ss"');
	});

	it('keeps texts that are Object.prototype member names (write-excel-file shared-string bug)', async () => {
		const names = Object.getOwnPropertyNames(Object.prototype);
		const rows = names.map((name, i) => ({ item: name, note: i % 2 ? name : 'x', score: i * 1e-300 }));
		const sheet = buildSheet(spec, rows, 'ja');
		const back = readSheetRows(spec, (await readXlsx(await writeXlsx([sheet, { ...sheet, name: 'second' }])))[1].rows);
		expect(back).toEqual({ ok: true, lang: 'ja', rows: expected(sheet) });
		expect(names).toContain('__proto__');
	});

	it('round-trips any text, number, date and boolean', async () => {
		const text = fc.oneof(
			fc.string(),
			fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), '=1', '+1', '-1', '@a', '\tx', "'=y", '日本語', ' ')
		);
		const row = fc.record({
			item: text,
			note: text,
			score: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
			due: fc.option(
				fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
			),
			at: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString())),
			done: fc.option(fc.boolean())
		});
		await fc.assert(
			fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 5 }), async (rows) => {
				// XML cannot carry most control characters; real records never hold them
				const clean = rows.map((r) => ({ ...r, item: strip(r.item), note: strip(r.note) }));
				const sheet = buildSheet(spec, clean, 'ja');
				const back = readSheetRows(spec, (await readXlsx(await writeXlsx([sheet])))[0].rows);
				const csvBack = readCsv(writeCsv(sheet));
				expect(back).toEqual({ ok: true, lang: 'ja', rows: expected(sheet) });
				expect(csvBack.ok && readSheetRows(spec, csvBack.rows)).toEqual({ ok: true, lang: 'ja', rows: expected(sheet) });
			}),
			{ numRuns: 25 }
		);
	}, 30_000);
});

// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').trim();

describe('CSV writer', () => {
	it('starts with a BOM, quotes per RFC 4180 and ends records with CRLF', () => {
		const text = csvText(buildSheet(spec, sample, 'ja'));
		expect(text.startsWith('\uFEFF項目,備考,点数,対応予定日,日時,確認済み\r\n')).toBe(true);
		expect(text).toContain('GOV-01,"\'=HYPERLINK(""http://x"")",-5,2026-03-31,2026-11-22 11:37:55,TRUE\r\n');
		expect(text).toContain('GOV-02,"複数行の\n""備考"", カンマ入り",0.25,,,FALSE\r\n');
		expect(text).toContain("'@SUM,''-quoted,,2027-01-05,2027-01-01 00:00:00,\r\n");
	});

	it('is detected as UTF-8 by its BOM and reads back the same values', () => {
		const sheet = buildSheet(spec, sample, 'en');
		const bytes = writeCsv(sheet);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const read = readCsv(bytes);
		expect(read.ok && read.bom).toBe(true);
		expect(read.ok && readSheetRows(spec, read.rows)).toEqual({ ok: true, lang: 'en', rows: expected(sheet) });
	});

	it('refuses bytes that are not UTF-8 instead of guessing', () => {
		expect(readCsv(Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]))).toEqual({
			ok: false,
			problems: [{ message: 'the file is not UTF-8 text (save it as "CSV UTF-8")' }]
		});
	});
});

describe('downloads', () => {
	it('names the file in UTF-8 (RFC 5987) with an ASCII fallback', () => {
		expect(contentDisposition('自己検証回答 2026年度.xlsx', 'selfcheck-2026.xlsx')).toBe(
			'attachment; filename="selfcheck-2026.xlsx"; filename*=UTF-8\'\'%E8%87%AA%E5%B7%B1%E6%A4%9C%E8%A8%BC%E5%9B%9E%E7%AD%94%202026%E5%B9%B4%E5%BA%A6.xlsx'
		);
		expect(contentDisposition('a"b\\c\'(1).csv')).toBe("attachment; filename=\"a_b_c'(1).csv\"; filename*=UTF-8''a%22b%5Cc%27%281%29.csv");
		expect(contentDisposition('監査証跡.csv')).toBe(
			'attachment; filename=".csv"; filename*=UTF-8\'\'%E7%9B%A3%E6%9F%BB%E8%A8%BC%E8%B7%A1.csv'
		);
	});

	it('answers a spreadsheet download with type, length and no caching', async () => {
		const sheet = buildSheet(spec, sample, 'ja');
		const csv = await sheetDownload([sheet], 'csv', '回答', 'answers');
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(csv.headers.get('content-disposition')).toContain('filename="answers.csv"');
		expect(csv.headers.get('cache-control')).toBe('private, no-store');
		const body = Buffer.from(await csv.arrayBuffer());
		expect(Number(csv.headers.get('content-length'))).toBe(body.length);
		const xlsx = await sheetDownload([sheet], 'xlsx', '回答');
		expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect((await readXlsx(Buffer.from(await xlsx.arrayBuffer())))[0].rows).toHaveLength(4);
	});
});
