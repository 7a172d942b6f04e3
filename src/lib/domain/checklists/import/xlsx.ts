/**
 * Spreadsheet rows (first worksheet of an .xlsx, as read by read-excel-file
 * in src/lib/server/checklists/xlsx-file.ts) → checklist. Same columns and
 * the same row mapping as the CSV importer. Pure.
 */
import type { ChecklistMetadata, ImportResult } from './problems';
import { tableToChecklist } from './rows';

/** Spreadsheet cells as text: numbers as written, dates as YYYY-MM-DD, empty cells as ''. */
export function cellText(cell: unknown): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'string') return cell;
	if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
	if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
	return String(cell);
}

/** `rows[k]` is spreadsheet row k + 1 (the header is found among the first rows). */
export function importSheetRows(rows: readonly (readonly unknown[])[], metadata: ChecklistMetadata): ImportResult {
	return tableToChecklist(
		rows.map((row) => row.map(cellText)),
		metadata,
		{ sheet: true }
	);
}
