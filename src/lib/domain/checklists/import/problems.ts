/** What every importer returns: a whole valid checklist, or the problems (never part of one). */
import type { Localized } from '../../sectors';
import type { AppliesTo, Checklist } from '../schema';

export interface ImportProblem {
	/** 1-based row of the source table, the header being row 1 (CSV/XLSX only). */
	row?: number;
	/** A column name (CSV/XLSX), a JSON path (OSCAL) or a checklist field (metadata). */
	field?: string;
	message: string;
}

export type ImportResult = { ok: true; checklist: Checklist } | { ok: false; problems: ImportProblem[] };

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
