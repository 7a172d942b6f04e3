/**
 * The one row → item mapping shared by the CSV and XLSX importers: a table
 * of text cells plus checklist metadata → a checklist, or the problems with
 * their 1-based row numbers (the file's own rows: a title row above the
 * header keeps its number). Tables as people make them are read: Japanese
 * header names (columns.ts), a title row or two above the header, columns
 * mamori does not know (ignored and listed), full-width codes, and an empty
 * section_id meaning "the section of the row above" (a merged cell).
 */
import { formatPath } from '../issues';
import { checklistItemSchema, checklistSectionSchema } from '../schema';
import type { Localized } from '../schema';
import {
	CLASSIFICATION_ALIASES,
	codeOf,
	columnOf,
	EVIDENCE_SEPARATOR,
	IMPORT_COLUMNS,
	NO,
	normalizeCode,
	normalizeName,
	REQUIRED_COLUMNS,
	YES
} from './columns';
import type { ImportColumn, TableColumn } from './columns';
import { finishImport, problemsFromZod, sortProblems } from './finish';
import type { IssuePath } from './finish';
import type { ChecklistMetadata, ImportProblem, ImportResult } from './problems';

type Cells = readonly string[];
type ColumnIndex = Map<TableColumn, number>;

/** How many rows above the header may hold a title (and are then skipped). */
const MAX_TITLE_ROWS = 10;

const sectionHeadSchema = checklistSectionSchema.pick({ id: true, title: true });

interface Header {
	columns: ColumnIndex;
	problems: ImportProblem[];
	/** Header cells that name no column (ignored). */
	unknown: string[];
}

function readHeader(header: Cells, row: number): Header {
	const columns: ColumnIndex = new Map();
	const problems: ImportProblem[] = [];
	const unknown: string[] = [];
	header.forEach((raw, index) => {
		const name = raw.trim();
		if (name === '') return;
		const column = columnOf(name);
		if (column === undefined) unknown.push(name);
		else if (columns.has(column)) problems.push({ row, field: column, message: `the column appears twice (cell ${index + 1}: "${name}")` });
		else columns.set(column, index);
	});
	for (const required of REQUIRED_COLUMNS) {
		if (!columns.has(required)) {
			const hint = unknown.length > 0 ? ` (the header also has columns mamori does not know: ${unknown.join(', ')})` : '';
			problems.push({ row, field: required, message: `required column is missing${hint}; known columns: ${IMPORT_COLUMNS.join(', ')}` });
		}
	}
	return { columns, problems, unknown };
}

/** The header is the first row (of the first few) that names the item id and two more columns; rows above it are a title. */
function findHeaderRow(records: readonly Cells[]): number {
	for (let k = 0; k < Math.min(records.length, MAX_TITLE_ROWS + 1); k++) {
		const named = records[k].map((cell) => columnOf(cell.trim())).filter((c) => c !== undefined);
		if (named.includes('item_id') && new Set(named).size >= 3) return k;
	}
	return 0;
}

/** Which column a path inside an item came from. */
function columnOfItemPath(path: IssuePath): TableColumn {
	const [head, lang] = path;
	const en = lang === 'en';
	switch (head) {
		case 'id':
			return 'item_id';
		case 'title':
			return en ? 'title_en' : 'title_ja';
		case 'guidance':
			return en ? 'guidance_en' : 'guidance_ja';
		case 'evidence_examples':
			return en ? 'evidence_en' : 'evidence_ja';
		case 'applicability':
			return lang === 'operator_classes' ? 'operator_classes' : 'sectors';
		case 'source':
			return lang === 'section' ? 'source_section' : 'source_seed';
		case 'threats':
			return 'threats';
		case 'stage':
			return 'stage';
		case 'leading':
			return 'leading';
		default:
			return 'classification';
	}
}

function columnOfSectionPath(path: IssuePath): ImportColumn {
	if (path[0] !== 'title') return 'section_id';
	return path[1] === 'en' ? 'section_title_en' : 'section_title_ja';
}

const splitList = (cell: string, kind: 'threats' | 'sectors' | 'operator_classes'): string[] =>
	normalizeCode(cell)
		.split(/[\s,、;/]+/)
		.map((value) => codeOf(kind, value))
		.filter((code) => code !== '');

const splitEvidence = (cell: string): string[] =>
	cell
		.split(EVIDENCE_SEPARATOR)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');

/** Excel turns "001" into 1: pad short seed numbers back to three digits. */
const normalizeSeed = (cell: string): string => (/^[0-9]{1,2}$/.test(cell) ? cell.padStart(3, '0') : cell);

interface ItemDraft {
	candidate: Record<string, unknown>;
	/** Narrowing sectors/classes as written (empty: the checklist default). */
	sectors: string[];
	operatorClasses: string[];
}

function itemDraft(get: (column: TableColumn) => string): ItemDraft {
	const classification = normalizeCode(get('classification'));
	const listed = splitList(get('sectors'), 'sectors');
	const sectors = listed.length === 1 && listed[0] === 'all' ? [] : listed;
	const leadingCell = normalizeName(get('leading'));
	const leading = YES.has(leadingCell) ? true : undefined;
	const listedClasses = splitList(get('operator_classes'), 'operator_classes');
	// a leading-operator measure is asked of leading operators only (schema.ts checkLeading)
	const operatorClasses = leading === true && listedClasses.length === 0 ? ['leading'] : listedClasses;
	const candidate: Record<string, unknown> = {
		id: normalizeCode(get('item_id')),
		classification: CLASSIFICATION_ALIASES.get(classification.toLowerCase()) ?? classification,
		title: { ja: get('title_ja'), en: get('title_en') },
		guidance: { ja: get('guidance_ja'), en: get('guidance_en') },
		evidence_examples: { ja: splitEvidence(get('evidence_ja')), en: splitEvidence(get('evidence_en')) },
		threats: splitList(get('threats'), 'threats'),
		stage: codeOf('stage', get('stage')),
		...(leading !== undefined ? { leading } : {})
	};
	if (sectors.length > 0 || operatorClasses.length > 0) {
		candidate.applicability = {
			...(sectors.length > 0 ? { sectors } : {}),
			...(operatorClasses.length > 0 ? { operator_classes: operatorClasses } : {})
		};
	}
	const seed = normalizeCode(get('source_seed'));
	if (seed !== '') {
		const section = normalizeCode(get('source_section'));
		candidate.source = section === '' ? { seed: normalizeSeed(seed) } : { seed: normalizeSeed(seed), section };
	}
	return { candidate, sectors, operatorClasses };
}

/** Item sectors/classes must stay within the checklist's applies_to (the schema checks this too, but without rows). */
function outsideAppliesTo(draft: ItemDraft, appliesTo: ChecklistMetadata['applies_to'], row: number): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const check = (column: 'sectors' | 'operator_classes', listed: readonly string[], allowed: readonly string[]): void => {
		for (const code of listed) {
			if (!allowed.includes(code)) {
				problems.push({ row, field: column, message: `"${code}" is outside the checklist's ${column} (${allowed.join(', ')})` });
			}
		}
	};
	if (appliesTo.sectors !== 'all') check('sectors', draft.sectors, appliesTo.sectors);
	check('operator_classes', draft.operatorClasses, appliesTo.operator_classes);
	return problems;
}

interface SectionDraft {
	id: string;
	title: Localized;
	firstRow: number;
	items: Record<string, unknown>[];
	rows: number[];
}

export interface TableOptions {
	/** Spreadsheets merge cells: an empty required cell then gets a hint. */
	sheet?: boolean;
}

/**
 * `records[k]` is row k + 1 of the file. The header is found among the
 * first rows (findHeaderRow); blank rows are skipped (they still count for
 * the row numbers).
 */
export function tableToChecklist(records: readonly Cells[], metadata: ChecklistMetadata, options: TableOptions = {}): ImportResult {
	if (records.length === 0) return { ok: false, problems: [{ row: 1, message: 'the file is empty; a header row is required' }] };
	const headerIndex = findHeaderRow(records);
	const headerRow = headerIndex + 1;
	const { columns, problems: headerProblems, unknown } = readHeader(records[headerIndex], headerRow);
	if (headerProblems.length > 0) return { ok: false, problems: headerProblems };
	const notes: Localized[] = [];
	if (headerIndex > 0) {
		notes.push({
			ja: `${headerRow} 行目を見出し行として読みました（上の ${headerIndex} 行は表題として読み飛ばしました）。`,
			en: `Row ${headerRow} was read as the header (the ${headerIndex} row${headerIndex === 1 ? '' : 's'} above it as a title, skipped).`
		});
	}
	if (unknown.length > 0) {
		notes.push({
			ja: `mamori が使わない列を読み飛ばしました: ${unknown.join('、')}`,
			en: `Columns mamori does not use were ignored: ${unknown.join(', ')}`
		});
	}
	const problems: ImportProblem[] = [];
	const sections = new Map<string, SectionDraft>();
	const itemRows = new Map<string, number>();
	const headerCells = records[headerIndex];
	const headless = new Set<number>();
	let lastSection = '';

	records.slice(headerIndex + 1).forEach((cells, index) => {
		const row = headerRow + index + 1;
		const trimmed = cells.map((cell) => cell.trim());
		if (trimmed.every((cell) => cell === '')) return;
		trimmed.forEach((cell, k) => {
			if (cell !== '' && (headerCells[k] ?? '').trim() === '') headless.add(k + 1);
		});
		const get = (column: TableColumn): string => {
			const k = columns.get(column);
			return k === undefined ? '' : (trimmed[k] ?? '');
		};
		const rowProblems: ImportProblem[] = [];

		// The section: defined by its first row; later rows may leave the titles empty, and an
		// empty section_id continues the section of the row above (a merged cell reads that way).
		const sectionId = normalizeCode(get('section_id')) || lastSection;
		lastSection = sectionId;
		const title = { ja: get('section_title_ja'), en: get('section_title_en') };
		let section = sections.get(sectionId);
		if (section === undefined) {
			const head = sectionHeadSchema.safeParse({ id: sectionId, title });
			if (head.success) {
				section = { id: sectionId, title, firstRow: row, items: [], rows: [] };
				sections.set(sectionId, section);
			} else {
				const origin = (path: IssuePath) => ({ row, field: columnOfSectionPath(path) });
				rowProblems.push(...problemsFromZod(head.error, { id: sectionId, title }, origin));
			}
		} else {
			for (const lang of ['ja', 'en'] as const) {
				if (title[lang] !== '' && title[lang] !== section.title[lang]) {
					rowProblems.push({
						row,
						field: `section_title_${lang}`,
						message: `section ${sectionId} already has the title "${section.title[lang]}" (row ${section.firstRow}); leave it empty or repeat it exactly`
					});
				}
			}
		}

		// The item.
		const draft = itemDraft(get);
		const item = draft.candidate;
		const parsed = checklistItemSchema.safeParse(item);
		if (parsed.success) {
			rowProblems.push(...outsideAppliesTo(draft, metadata.applies_to, row));
		} else {
			rowProblems.push(...problemsFromZod(parsed.error, item, (path) => ({ row, field: columnOfItemPath(path) })));
		}
		if (get('source_section') !== '' && get('source_seed') === '') {
			rowProblems.push({ row, field: 'source_section', message: 'give source_seed as well (the seed the section belongs to)' });
		}
		if (leadingIsBad(get('leading'))) {
			rowProblems.push({
				row,
				field: 'leading',
				message: `must be empty or yes/true/○ (a leading-operator measure) (found "${get('leading')}")`
			});
		}
		const itemId = normalizeCode(get('item_id'));
		const firstRow = itemRows.get(itemId);
		if (itemId !== '' && firstRow !== undefined) {
			rowProblems.push({ row, field: 'item_id', message: `item id ${itemId} is already used in row ${firstRow}` });
		} else if (itemId !== '') {
			itemRows.set(itemId, row);
		}

		if (rowProblems.length > 0) {
			problems.push(...(options.sheet ? rowProblems.map((p) => mergedHint(p, get)) : rowProblems));
		} else if (section !== undefined) {
			section.items.push(item);
			section.rows.push(row);
		}
	});

	if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
	if (sections.size === 0) return { ok: false, problems: [{ row: headerRow + 1, message: 'no item rows below the header' }] };
	if (headless.size > 0) {
		const list = [...headless].sort((a, b) => a - b).join(', ');
		notes.push({
			ja: `見出しのない列（${list} 列目）に文字がありましたが、読み飛ばしました。`,
			en: `Column${headless.size === 1 ? '' : 's'} ${list} had text but no header and ${headless.size === 1 ? 'was' : 'were'} ignored.`
		});
	}

	const drafts = [...sections.values()];
	const candidate = {
		...metadata,
		sections: drafts.map((s) => ({ id: s.id, title: s.title, items: s.items }))
	};
	return finishImport(
		candidate,
		(path) => {
			if (path[0] !== 'sections' || typeof path[1] !== 'number') return { field: formatPath(path) };
			const draft = drafts[path[1]];
			if (path[2] === 'items' && typeof path[3] === 'number') {
				return { row: draft.rows[path[3]], field: columnOfItemPath(path.slice(4)) };
			}
			return { row: draft.firstRow, field: columnOfSectionPath(path.slice(2)) };
		},
		notes
	);
}

const leadingIsBad = (cell: string): boolean => {
	const name = normalizeName(cell);
	return name !== '' && !YES.has(name) && !NO.has(name);
};

/** An empty cell in a spreadsheet is often the lower part of a merged cell: say so. */
const OFTEN_MERGED: ReadonlySet<TableColumn> = new Set<TableColumn>([
	'section_title_ja',
	'section_title_en',
	'classification',
	'threats',
	'stage',
	'sectors',
	'operator_classes',
	'source_seed',
	'source_section'
]);

function mergedHint(problem: ImportProblem, get: (column: TableColumn) => string): ImportProblem {
	const column = problem.field ? columnOf(problem.field) : undefined;
	if (column === undefined || !OFTEN_MERGED.has(column) || get(column) !== '') return problem;
	return {
		...problem,
		message: `${problem.message} (if this cell is part of a merged cell, only the merged cell's first row holds its value: unmerge it and repeat the value on every row)`
	};
}
