/**
 * CSV writer and reader for the sheet model: UTF-8 with a byte-order mark
 * (so Excel detects the encoding), RFC 4180 — CRLF between records, a field
 * in double quotes when it holds a comma, a quote, CR or LF, and `""` for a
 * quote inside. Dates are written YYYY-MM-DD, date-times YYYY-MM-DD HH:mm:ss
 * (Japan time), booleans TRUE/FALSE, numbers as JavaScript prints them.
 * Reading reuses the checklist importers' RFC 4180 parser.
 */
import { parseCsv } from '$lib/domain/checklists/import/csv-parse';
import { cellText } from '$lib/domain/exports/sheet';
import type { Sheet } from '$lib/domain/exports/sheet';
import type { ImportProblem } from '$lib/domain/checklists/import/problems';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const UTF8_BOM = '\uFEFF';

export function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The sheet as CSV text, BOM first. */
export function csvText(sheet: Sheet): string {
	const lines = [sheet.headers, ...sheet.rows.map((row) => row.map(cellText))].map((fields) => fields.map(csvField).join(','));
	return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

export function writeCsv(sheet: Sheet): Buffer {
	return Buffer.from(csvText(sheet), 'utf8');
}

export type CsvReadResult = { ok: true; rows: string[][]; bom: boolean } | { ok: false; problems: ImportProblem[] };

/** Decodes UTF-8 (refusing anything else, so mojibake never passes as text) and parses the records. */
export function readCsv(input: Buffer | string): CsvReadResult {
	let text: string;
	if (typeof input === 'string') text = input;
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
		} catch {
			return { ok: false, problems: [{ message: 'the file is not UTF-8 text (save it as "CSV UTF-8")' }] };
		}
	}
	const bom = text.startsWith(UTF8_BOM);
	const parsed = parseCsv(text);
	return parsed.ok ? { ok: true, rows: parsed.records, bom } : parsed;
}
