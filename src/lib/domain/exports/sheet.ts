/**
 * The spreadsheet model: renderer-independent, pure, unit-tested. Every
 * spreadsheet export (XLSX and CSV) is built as a `Sheet` here and written by
 * src/lib/server/exports/ (`writeXlsx`, `writeCsv`, `downloadResponse`).
 *
 * API
 *   defineSheet({ name, columns })      a sheet type: columns with ja/en headers,
 *                                       a cell type and an optional width
 *   buildSheet(spec, rows, lang)        → Sheet: headers in `lang`, every value
 *                                       checked against its column type, text
 *                                       neutralised (./neutralise.ts), widths
 *   readSheetRows(spec, table)          the inverse for files we wrote (./read.ts)
 *
 * Cell types and what a row value may be:
 *   text      string (null/undefined → empty)            neutralised
 *   number    finite number or null                      never neutralised
 *   date      'YYYY-MM-DD', an ISO / PocketBase date-time (its calendar date as
 *             written, i.e. the first ten characters), or null
 *   datetime  an instant (ISO / PocketBase string or Date) → Japan time
 *             (UTC+9) to the second, or null
 *   boolean   true / false or null
 * A value of the wrong type is a programming error and throws (with the
 * column key), so a sheet never silently shows a wrong cell. Text longer
 * than a spreadsheet cell holds (CELL_MAX_CHARS) is cut and says so.
 */
import type { Localized } from '../sectors';
import { neutraliseText } from './neutralise';

export type SheetLanguage = keyof Localized;
export type ColumnType = 'text' | 'number' | 'date' | 'datetime' | 'boolean';

export interface Column<K extends string = string> {
	key: K;
	header: Localized;
	type: ColumnType;
	/** Column width in characters (a CJK character counts 2); computed from the content when left out. */
	width?: number;
}

export interface SheetSpec<K extends string = string> {
	/** Worksheet name (≤ 31 characters, none of []/\:*?). */
	name: Localized;
	columns: readonly Column<K>[];
}

export type CellInput = string | number | boolean | Date | null | undefined;
export type SheetRow<K extends string> = { readonly [P in K]?: CellInput };

export type Cell =
	| { type: 'text'; value: string }
	| { type: 'number'; value: number }
	| { type: 'date'; value: string }
	| { type: 'datetime'; value: string }
	| { type: 'boolean'; value: boolean }
	| null;

export interface Sheet {
	name: string;
	headers: string[];
	types: ColumnType[];
	/** Widths in characters. */
	widths: number[];
	rows: Cell[][];
}

export function defineSheet<const K extends string>(spec: SheetSpec<K>): SheetSpec<K> {
	const name = `${spec.name.ja}${spec.name.en}`;
	if (/[[\]/\\:*?]/.test(name) || spec.name.ja.length > 31 || spec.name.en.length > 31) {
		throw new Error(`sheet name "${spec.name.en}" must be ≤ 31 characters without []/\\:*?`);
	}
	const keys = new Set<string>();
	for (const column of spec.columns) {
		if (keys.has(column.key)) throw new Error(`sheet "${spec.name.en}" lists column ${column.key} twice`);
		keys.add(column.key);
	}
	return spec;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
export const MIN_WIDTH = 6;
/** Excel's limit for the text of one cell (UTF-16 units). */
export const CELL_MAX_CHARS = 32_767;

const omitted: Record<SheetLanguage, (n: number) => string> = {
	ja: (n) => `…（以下${n.toLocaleString('ja-JP')}文字省略）`,
	en: (n) => `… (${n.toLocaleString('en-US')} more characters omitted)`
};

/** The text cut to fit one cell, ending with a note of how much was left out. */
export function fitCell(text: string, lang: SheetLanguage): string {
	if (text.length <= CELL_MAX_CHARS) return text;
	let keep = CELL_MAX_CHARS - omitted[lang](text.length).length;
	// never split a surrogate pair
	if (/[\ud800-\udbff]/.test(text[keep - 1])) keep--;
	return text.slice(0, keep) + omitted[lang](text.length - keep);
}
export const MAX_WIDTH = 60;

function instant(value: string | Date): Date | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
	// PocketBase writes "2026-11-22 02:37:55.923Z"
	const date = new Date(value.includes('T') ? value : value.replace(' ', 'T'));
	return Number.isNaN(date.getTime()) ? null : date;
}

/** 'YYYY-MM-DD HH:mm:ss' in Japan time. */
export function japanDateTime(date: Date): string {
	return new Date(date.getTime() + JST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

function wrongType(key: string, type: ColumnType, value: unknown): Error {
	return new TypeError(`column ${key}: ${JSON.stringify(value)} is not a valid ${type} value`);
}

function validDate(text: string): boolean {
	const match = DATE.exec(text);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.toISOString().slice(0, 10) === text.slice(0, 10);
}

/** One value → one cell of the column's type; throws on a value of another type. */
export function toCell(column: Pick<Column, 'key' | 'type'>, value: CellInput, lang: SheetLanguage = 'ja'): Cell {
	if (value === null || value === undefined || value === '') return null;
	switch (column.type) {
		case 'text':
			if (typeof value !== 'string') throw wrongType(column.key, 'text', value);
			return { type: 'text', value: fitCell(neutraliseText(value), lang) };
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType(column.key, 'number', value);
			// -0 is written as 0 by every spreadsheet program
			return { type: 'number', value: value === 0 ? 0 : value };
		case 'boolean':
			if (typeof value !== 'boolean') throw wrongType(column.key, 'boolean', value);
			return { type: 'boolean', value };
		case 'date': {
			const text = value instanceof Date ? value.toISOString() : value;
			if (typeof text !== 'string' || !validDate(text)) throw wrongType(column.key, 'date', value);
			return { type: 'date', value: text.slice(0, 10) };
		}
		case 'datetime': {
			const date = typeof value === 'string' || value instanceof Date ? instant(value) : null;
			if (!date) throw wrongType(column.key, 'datetime', value);
			return { type: 'datetime', value: japanDateTime(date) };
		}
	}
}

/** Display width: 2 for East Asian wide characters, 1 otherwise (per line; the widest line counts). */
export function displayWidth(text: string): number {
	let widest = 0;
	for (const line of text.split(/\r\n|\r|\n/)) {
		let width = 0;
		for (const ch of line)
			width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
				ch
			)
				? 2
				: 1;
		widest = Math.max(widest, width);
	}
	return widest;
}

/** The text a cell shows (also what CSV writes). */
export function cellText(cell: Cell): string {
	if (cell === null) return '';
	switch (cell.type) {
		case 'number':
			return String(cell.value);
		case 'boolean':
			return cell.value ? 'TRUE' : 'FALSE';
		default:
			return cell.value;
	}
}

function columnWidth(column: Column, header: string, cells: Cell[]): number {
	if (column.width !== undefined) return column.width;
	let width = displayWidth(header);
	for (const cell of cells) width = Math.max(width, displayWidth(cellText(cell)));
	return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
}

export function buildSheet<K extends string>(spec: SheetSpec<K>, rows: readonly SheetRow<K>[], lang: SheetLanguage): Sheet {
	const cells = rows.map((row) => spec.columns.map((column) => toCell(column, row[column.key], lang)));
	const headers = spec.columns.map((column) => column.header[lang]);
	return {
		name: spec.name[lang],
		headers,
		types: spec.columns.map((column) => column.type),
		widths: spec.columns.map((column, i) =>
			columnWidth(
				column,
				headers[i],
				cells.map((row) => row[i])
			)
		),
		rows: cells
	};
}
