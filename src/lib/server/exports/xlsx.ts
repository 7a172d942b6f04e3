/**
 * XLSX writer and reader for the sheet model (src/lib/domain/exports/sheet.ts):
 * real dates (Excel date serials with a yyyy-mm-dd / yyyy-mm-dd hh:mm:ss
 * format; date-times carry Japan time), numbers and booleans as such, the
 * column widths of the model, a bold frozen header row, long text wrapped.
 *
 * write-excel-file 4.1 looks shared strings up in a plain object, so a cell
 * whose whole text is the name of an Object.prototype member ("toString",
 * "constructor", "__proto__", …) comes out as a corrupt cell. Such cells are
 * written as a unique placeholder number and turned into inline strings by a
 * worksheet transform (`protoSafe` below); the round-trip test covers every name.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { Cell as XlsxCell, Feature, Row as XlsxRow, Sheet as XlsxSheet } from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import type { Blob } from 'node:buffer';
import type { Stream } from 'node:stream';
import { displayWidth } from '$lib/domain/exports/sheet';
import type { Cell, Sheet } from '$lib/domain/exports/sheet';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** write-excel-file's file-content type for Node (images and features). */
type FileContent = Stream | Buffer | Blob;

const HEADER_FILL = '#E3EAF2';

/** 'YYYY-MM-DD[ HH:mm:ss]' → a Date whose UTC fields are that wall-clock time (how write-excel-file stores dates). */
function wallClockDate(text: string): Date {
	return new Date(`${text.length > 10 ? text.replace(' ', 'T') : `${text}T00:00:00`}Z`);
}

/** Texts that write-excel-file's shared-string lookup mistakes for Object.prototype members. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Per sheet: placeholder number (as the XML writes it) → the text it stands for. */
type Placeholders = Map<string, string>;

interface PlaceholderSource {
	next(text: string): number;
}

function placeholderSource(taken: ReadonlySet<number>, placeholders: Placeholders): PlaceholderSource {
	let k = 0;
	return {
		next(text) {
			let value: number;
			do value = ++k * 1e-300;
			while (taken.has(value));
			placeholders.set(String(value), text);
			return value;
		}
	};
}

function xlsxCell(cell: Cell, width: number, source: PlaceholderSource): XlsxCell {
	if (cell === null) return null;
	switch (cell.type) {
		case 'text': {
			const wrap = displayWidth(cell.value) > width || cell.value.includes('\n');
			if (PROTOTYPE_NAMES.has(cell.value)) return { type: Number, value: source.next(cell.value), alignVertical: 'top', wrap };
			return { type: String, value: cell.value, alignVertical: 'top', wrap };
		}
		case 'number':
			return { type: Number, value: cell.value, alignVertical: 'top' };
		case 'boolean':
			return { type: Boolean, value: cell.value, alignVertical: 'top' };
		case 'date':
			return { type: Date, value: wallClockDate(cell.value), format: 'yyyy-mm-dd', alignVertical: 'top' };
		case 'datetime':
			return { type: Date, value: wallClockDate(cell.value), format: 'yyyy-mm-dd hh:mm:ss', alignVertical: 'top' };
	}
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The worksheet transform that turns placeholder numbers back into their (identifier-only) texts. */
function protoSafe(placeholders: readonly Placeholders[]): Feature<FileContent> {
	return {
		files: {
			transform: {
				'xl/worksheets/sheet{id}.xml': {
					transform(xml, _options, { sheetIndex }) {
						for (const [number, text] of placeholders[sheetIndex]) {
							const cell = new RegExp(`<c ([^>]*)><v>${escapeRegExp(number)}</v></c>`);
							xml = xml.replace(cell, (_match, attributes: string) => `<c ${attributes} t="inlineStr"><is><t>${text}</t></is></c>`);
						}
						return xml;
					}
				}
			}
		}
	};
}

function xlsxSheet(sheet: Sheet, placeholders: Placeholders): XlsxSheet<FileContent> {
	const taken = new Set(sheet.rows.flatMap((row) => row.flatMap((cell) => (cell?.type === 'number' ? [cell.value] : []))));
	const source = placeholderSource(taken, placeholders);
	const header: XlsxRow = sheet.headers.map((value) => ({
		type: String,
		value,
		fontWeight: 'bold',
		backgroundColor: HEADER_FILL,
		alignVertical: 'center',
		wrap: true
	}));
	const rows: XlsxRow[] = sheet.rows.map((row) => row.map((cell, i) => xlsxCell(cell, sheet.widths[i], source)));
	return {
		sheet: sheet.name,
		data: [header, ...rows],
		columns: sheet.widths.map((width) => ({ width })),
		stickyRowsCount: 1
	};
}

/** One workbook with the given sheets (at least one; sheet names must differ). */
export async function writeXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
	if (sheets.length === 0) throw new Error('a workbook needs at least one sheet');
	const placeholders = sheets.map((): Placeholders => new Map());
	const data = sheets.map((sheet, i) => xlsxSheet(sheet, placeholders[i]));
	return writeXlsxFile(data, { features: [protoSafe(placeholders)] }).toBuffer();
}

export interface ReadWorksheet {
	name: string;
	/** Cells as read-excel-file gives them: string, number, boolean, Date or null. */
	rows: unknown[][];
}

/** Every worksheet of an .xlsx; throws with the reader's reason when the file is not a readable workbook. */
export async function readXlsx(input: Buffer): Promise<ReadWorksheet[]> {
	const sheets = await readXlsxFile(input);
	return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as unknown[][] }));
}
