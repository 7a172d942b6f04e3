import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse';

function records(text: string): string[][] {
	const result = parseCsv(text);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.records;
}

describe('parseCsv (RFC 4180)', () => {
	it('splits fields and records, with or without a final line break', () => {
		expect(records('a,b,c\r\n1,2,3\r\n')).toEqual([
			['a', 'b', 'c'],
			['1', '2', '3']
		]);
		expect(records('a,b,c\r\n1,2,3')).toEqual([
			['a', 'b', 'c'],
			['1', '2', '3']
		]);
	});

	it('accepts LF and lone CR line breaks too', () => {
		expect(records('a,b\n1,2\n')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(records('a,b\r1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('keeps empty fields, leading and trailing', () => {
		expect(records(',a,\r\n,,')).toEqual([
			['', 'a', ''],
			['', '', '']
		]);
	});

	it('reads quoted fields with commas, escaped quotes and line breaks', () => {
		expect(records('"a,b","say ""hi""","line 1\r\nline 2\nline 3"\r\nx,"",y')).toEqual([
			['a,b', 'say "hi"', 'line 1\r\nline 2\nline 3'],
			['x', '', 'y']
		]);
	});

	it('reads a final empty quoted field as a record', () => {
		expect(records('a\r\n""')).toEqual([['a'], ['']]);
	});

	it('strips a leading BOM only', () => {
		expect(records('\uFEFFid,name\r\n1,\uFEFFx')).toEqual([
			['id', 'name'],
			['1', '\uFEFFx']
		]);
	});

	it('reports an unclosed quote with the record number where it starts', () => {
		expect(parseCsv('a,b\r\n1,2\r\n"open,3\r\n4,5\r\n')).toEqual({
			ok: false,
			problems: [{ row: 3, message: expect.stringContaining('not closed') as string }]
		});
	});

	it('reports text after a closing quote and a quote inside an unquoted field', () => {
		expect(parseCsv('a\r\n"x"y')).toMatchObject({ ok: false, problems: [{ row: 2 }] });
		expect(parseCsv('a\r\nb\r\nx"y"')).toMatchObject({ ok: false, problems: [{ row: 3 }] });
	});

	it('numbers records, not lines, after multi-line fields', () => {
		const result = parseCsv('h\r\n"1\r\n2\r\n3"\r\nok\r\nbad"');
		expect(result).toMatchObject({ ok: false, problems: [{ row: 4 }] });
	});

	it('gives no records for empty input', () => {
		expect(records('')).toEqual([]);
	});
});
