/**
 * An RFC 4180 CSV parser: comma separated, fields optionally in double
 * quotes, `""` for a quote inside a quoted field, CRLF (or LF, or CR) between
 * records, newlines allowed inside quoted fields, a leading UTF-8 BOM ignored.
 * Record numbers are 1-based and count records, not lines.
 */
import type { ImportProblem } from './problems';

export type CsvParseResult = { ok: true; records: string[][] } | { ok: false; problems: ImportProblem[] };

export function parseCsv(text: string): CsvParseResult {
	const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	/** The current field was quoted (so an empty final `""` still counts as a record). */
	let quoted = false;
	let i = 0;
	const fail = (message: string): CsvParseResult => ({
		ok: false,
		problems: [{ row: records.length + 1, message }]
	});
	const endRecord = (): void => {
		record.push(field);
		records.push(record);
		record = [];
		field = '';
		quoted = false;
	};

	while (i < input.length) {
		const atFieldStart = field === '' && (i === 0 || ',\r\n'.includes(input[i - 1]));
		const ch = input[i];
		if (ch === '"' && atFieldStart) {
			// Quoted field: read up to the closing quote.
			quoted = true;
			i++;
			for (;;) {
				if (i >= input.length) return fail('a quoted field is not closed (missing ")');
				if (input[i] === '"') {
					if (input[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				field += input[i];
				i++;
			}
			if (i < input.length && !',\r\n'.includes(input[i])) {
				return fail('unexpected text after a closing quote (a quote inside a quoted field is written "")');
			}
			continue;
		}
		if (ch === '"') {
			return fail('a quote inside an unquoted field (put the field in quotes and write the quote as "")');
		}
		if (ch === ',') {
			record.push(field);
			field = '';
			quoted = false;
			i++;
		} else if (ch === '\r' || ch === '\n') {
			endRecord();
			i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
		} else {
			field += ch;
			i++;
		}
	}
	// A final record without a line break (but not the empty "record" after a final line break).
	if (field !== '' || quoted || record.length > 0) endRecord();
	return { ok: true, records };
}
