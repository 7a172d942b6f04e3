/** The table columns understood by the CSV and XLSX importers (documented in checklists/IMPORT.md). */

export const IMPORT_COLUMNS = [
	'section_id',
	'section_title_ja',
	'section_title_en',
	'item_id',
	'classification',
	'title_ja',
	'title_en',
	'guidance_ja',
	'guidance_en',
	'evidence_ja',
	'evidence_en',
	'threats',
	'stage',
	'sectors',
	'operator_classes',
	'source_seed',
	'source_section'
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns that may be left out of the header entirely (their cells then count as empty). */
export const OPTIONAL_COLUMNS: ReadonlySet<ImportColumn> = new Set<ImportColumn>([
	'evidence_ja',
	'evidence_en',
	'sectors',
	'operator_classes',
	'source_seed',
	'source_section'
]);

export const REQUIRED_COLUMNS: readonly ImportColumn[] = IMPORT_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.has(c));

export function isImportColumn(name: string): name is ImportColumn {
	return (IMPORT_COLUMNS as readonly string[]).includes(name);
}

/** Accepted spellings of the classification, besides the codes themselves. */
export const CLASSIFICATION_ALIASES: ReadonlyMap<string, 'consider' | 'reference'> = new Map([
	['consider', 'consider'],
	['reference', 'reference'],
	['要検討事項', 'consider'],
	['参考事項', 'reference']
]);

/** Separator of evidence entries within one cell. */
export const EVIDENCE_SEPARATOR = '|';
