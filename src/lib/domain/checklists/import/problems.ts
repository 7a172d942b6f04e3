/** What every importer returns: a whole valid checklist, or the problems (never part of one). */
import type { Localized } from '../../sectors';
import type { AppliesTo, Checklist } from '../schema';

/**
 * The largest file an import reads (web form and CLI): the full NIST SP
 * 800-53 rev. 5 catalog is 3.2 MB, a large workbook a few MB; much larger is
 * not a checklist and would only hold the server's memory. It stays under
 * the web server's smallest body limit (20 MB, scripts/start.js) with room
 * for the rest of the form.
 */
export const IMPORT_MAX_BYTES = 15 * 1024 * 1024;
export const IMPORT_MAX_MB = IMPORT_MAX_BYTES / 1024 / 1024;

export interface ImportProblem {
	/** 1-based row of the source table, the header being row 1 (CSV/XLSX only). */
	row?: number;
	/** A column name (CSV/XLSX), a JSON path (OSCAL) or a checklist field (metadata). */
	field?: string;
	message: string;
}

/** `notes`: what the importer did that the person should know (encoding read, rows or columns skipped, withdrawn controls left out). */
export type ImportResult = { ok: true; checklist: Checklist; notes?: Localized[] } | { ok: false; problems: ImportProblem[] };

/** Checklist-level data the importer does not find in the source; it is validated like the rest. */
export interface ChecklistMetadata {
	id: string;
	version: string;
	title: Localized;
	issuer: Localized;
	/** ISO date (YYYY-MM-DD). */
	published: string;
	description?: Localized;
	applies_to: AppliesTo;
}

/** `row 3: field title_en: must not be empty` */
export function formatImportProblem(problem: ImportProblem): string {
	const parts: string[] = [];
	if (problem.row !== undefined) parts.push(`row ${problem.row}`);
	if (problem.field !== undefined && problem.field !== '') parts.push(`field ${problem.field}`);
	parts.push(problem.message);
	return parts.join(': ');
}
