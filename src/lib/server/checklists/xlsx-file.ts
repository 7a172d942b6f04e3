/** Reads the first worksheet of an .xlsx (file path or bytes) and imports it as a checklist. */
import { readSheet } from 'read-excel-file/node';
import type { ChecklistMetadata, ImportResult } from '../../domain/checklists/import/problems';
import { importSheetRows } from '../../domain/checklists/import/xlsx';

export async function importXlsxFile(input: string | Buffer, metadata: ChecklistMetadata): Promise<ImportResult> {
	let rows: unknown[][];
	try {
		rows = await readSheet(input);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, problems: [{ message: `cannot read the first worksheet of the .xlsx file: ${reason}` }] };
	}
	return importSheetRows(rows, metadata);
}
