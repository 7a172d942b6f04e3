/** CSV (RFC 4180) → checklist, one row per item; columns in checklists/IMPORT.md. Pure. */
import { parseCsv } from './csv-parse';
import type { ChecklistMetadata, ImportResult } from './problems';
import { tableToChecklist } from './rows';

export function importCsv(text: string, metadata: ChecklistMetadata): ImportResult {
	const parsed = parseCsv(text);
	if (!parsed.ok) return parsed;
	return tableToChecklist(parsed.records, metadata);
}
