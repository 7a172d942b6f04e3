/**
 * Reading a sheet we wrote back into typed rows: the header row is matched
 * against the spec's Japanese or English headers (any order), every cell is
 * converted to its column's type, and text cells lose the apostrophe that
 * neutralisation added (./neutralise.ts). Works on the tables produced by
 * the CSV reader (all strings) and by the XLSX reader (strings, numbers,
 * booleans, Dates). Pure; problems carry 1-based row numbers (header = 1).
 */
import type { Cell, ColumnType, SheetLanguage, SheetSpec } from './sheet';
import { restoreText } from './neutralise';

export type ReadValue = string | number | boolean | null;
export type ReadRow<K extends string> = Record<K, ReadValue>;

export interface ReadProblem {
	row: number;
	column?: string;
	message: string;
}

export type ReadResult<K extends string> = { ok: true; lang: SheetLanguage; rows: ReadRow<K>[] } | { ok: false; problems: ReadProblem[] };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
/** 'YYYY-MM-DD HH:mm:ss' from a Date's UTC fields (how the XLSX writer stores Japan time). */
const wallClock = (date: Date): string => date.toISOString().slice(0, 19).replace('T', ' ');

/** The value a written cell stands for (text restored): what reading the file back must give. */
export function cellValue(cell: Cell): ReadValue {
	if (cell === null) return null;
	return cell.type === 'text' ? restoreText(cell.value) : cell.value;
}

type Converted = { ok: true; value: ReadValue } | { ok: false; message: string };

function convert(type: ColumnType, raw: unknown): Converted {
	if (raw === null || raw === undefined || raw === '') return { ok: true, value: null };
	const text = typeof raw === 'string' ? raw : null;
	switch (type) {
		case 'text':
			if (raw instanceof Date) return { ok: true, value: raw.toISOString().slice(0, 10) };
			return { ok: true, value: restoreText(text ?? String(raw)) };
		case 'number': {
			const value = typeof raw === 'number' ? raw : text !== null && text.trim() !== '' ? Number(text.trim()) : NaN;
			return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'must be a number' };
		}
		case 'boolean': {
			if (typeof raw === 'boolean') return { ok: true, value: raw };
			const upper = text?.trim().toUpperCase();
			if (upper === 'TRUE' || upper === 'FALSE') return { ok: true, value: upper === 'TRUE' };
			return { ok: false, message: 'must be TRUE or FALSE' };
		}
		case 'date':
			if (raw instanceof Date) return { ok: true, value: raw.toISOString().slice(0, 10) };
			if (text !== null && DATE_ONLY.test(text.trim())) return { ok: true, value: text.trim() };
			return { ok: false, message: 'must be a date (YYYY-MM-DD)' };
		case 'datetime':
			// XLSX dates carry the Japan wall-clock time in their UTC fields; round to the second.
			if (raw instanceof Date) return { ok: true, value: wallClock(new Date(Math.round(raw.getTime() / 1000) * 1000)) };
			if (text !== null && DATE_TIME.test(text.trim())) return { ok: true, value: text.trim() };
			return { ok: false, message: 'must be a date and time (YYYY-MM-DD HH:mm:ss)' };
	}
}

function headerText(cell: unknown): string {
	return typeof cell === 'string' ? restoreText(cell).trim() : cell === null || cell === undefined ? '' : String(cell).trim();
}

export function readSheetRows<K extends string>(spec: SheetSpec<K>, table: readonly (readonly unknown[])[]): ReadResult<K> {
	const header = (table[0] ?? []).map(headerText);
	const problems: ReadProblem[] = [];
	const matches = (lang: SheetLanguage) => spec.columns.filter((column) => header.includes(column.header[lang])).length;
	const lang: SheetLanguage = matches('en') > matches('ja') ? 'en' : 'ja';
	const missing = spec.columns.filter((column) => !header.includes(column.header[lang]));
	if (missing.length) {
		const names = missing.map((column) => column.header[lang]).join(', ');
		return {
			ok: false,
			problems: [{ row: 1, message: `missing columns: ${names} (the header row names every column, all in Japanese or all in English)` }]
		};
	}
	const index = spec.columns.map((column) => header.indexOf(column.header[lang]));
	const rows: ReadRow<K>[] = [];
	table.slice(1).forEach((cells, i) => {
		if (cells.every((cell) => cell === null || cell === undefined || cell === '')) return;
		const row = {} as ReadRow<K>;
		spec.columns.forEach((column, c) => {
			const converted = convert(column.type, cells[index[c]]);
			if (converted.ok) row[column.key] = converted.value;
			else problems.push({ row: i + 2, column: column.header[lang], message: converted.message });
		});
		rows.push(row);
	});
	return problems.length ? { ok: false, problems } : { ok: true, lang: lang, rows };
}
