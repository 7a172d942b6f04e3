/**
 * CSV (RFC 4180) → checklist, one row per item; columns in checklists/IMPORT.md.
 * Bytes are decoded first (UTF-8, UTF-16 or Shift_JIS, detected: decode.ts). Pure.
 */
import { parseCsv } from './csv-parse';
import { decodeText, ENCODING_NAMES } from './decode';
import type { ChecklistMetadata, ImportResult } from './problems';
import { tableToChecklist } from './rows';

export function importCsv(input: string | Uint8Array, metadata: ChecklistMetadata): ImportResult {
	let text: string;
	const notes = [];
	if (typeof input === 'string') {
		text = input;
	} else {
		const decoded = decodeText(input);
		if (!decoded.ok) return decoded;
		text = decoded.text;
		if (decoded.encoding !== 'utf-8') {
			const name = ENCODING_NAMES[decoded.encoding];
			notes.push({ ja: `文字コード ${name.ja}のファイルとして読みました。`, en: `The file was read as ${name.en} text.` });
		}
	}
	const parsed = parseCsv(text);
	if (!parsed.ok) return parsed;
	const result = tableToChecklist(parsed.records, metadata);
	return result.ok ? { ...result, notes: [...notes, ...(result.notes ?? [])] } : result;
}
