/**
 * The one row → item mapping shared by the CSV and XLSX importers: a table
 * of text cells (header first) plus checklist metadata → a checklist, or
 * the problems with their 1-based row numbers (the header is row 1).
 */
import { formatPath } from '../issues';
import { checklistItemSchema, checklistSectionSchema } from '../schema';
import type { Localized } from '../schema';
import { CLASSIFICATION_ALIASES, EVIDENCE_SEPARATOR, IMPORT_COLUMNS, isImportColumn, REQUIRED_COLUMNS } from './columns';
import type { ImportColumn } from './columns';
import { finishImport, problemsFromZod, sortProblems } from './finish';
import type { IssuePath } from './finish';
import type { ChecklistMetadata, ImportProblem, ImportResult } from './problems';

type Cells = readonly string[];
type ColumnIndex = Map<ImportColumn, number>;

const sectionHeadSchema = checklistSectionSchema.pick({ id: true, title: true });

function readHeader(header: Cells): { columns: ColumnIndex; problems: ImportProblem[] } {
	const columns: ColumnIndex = new Map();
	const problems: ImportProblem[] = [];
	header.forEach((raw, index) => {
		const name = raw.trim().toLowerCase();
		if (name === '') return;
		if (!isImportColumn(name)) {
			problems.push({ row: 1, field: raw.trim(), message: `unknown column (known columns: ${IMPORT_COLUMNS.join(', ')})` });
		} else if (columns.has(name)) {
			problems.push({ row: 1, field: name, message: 'the column appears twice' });
		} else {
			columns.set(name, index);
		}
	});
	for (const required of REQUIRED_COLUMNS) {
		if (!columns.has(required)) problems.push({ row: 1, field: required, message: 'required column is missing' });
	}
	return { columns, problems };
}

/** Which column a path inside an item came from. */
function columnOfItemPath(path: IssuePath): ImportColumn {
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
		default:
			return 'classification';
	}
}

function columnOfSectionPath(path: IssuePath): ImportColumn {
	if (path[0] !== 'title') return 'section_id';
	return path[1] === 'en' ? 'section_title_en' : 'section_title_ja';
}

const splitList = (cell: string): string[] =>
	cell
		.split(/[\s,、，]+/)
		.map((code) => code.toLowerCase())
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

function itemDraft(get: (column: ImportColumn) => string): ItemDraft {
	const classification = get('classification');
	const listed = splitList(get('sectors'));
	const sectors = listed.length === 1 && listed[0] === 'all' ? [] : listed;
	const operatorClasses = splitList(get('operator_classes'));
	const candidate: Record<string, unknown> = {
		id: get('item_id'),
		classification: CLASSIFICATION_ALIASES.get(classification.toLowerCase()) ?? classification,
		title: { ja: get('title_ja'), en: get('title_en') },
		guidance: { ja: get('guidance_ja'), en: get('guidance_en') },
		evidence_examples: { ja: splitEvidence(get('evidence_ja')), en: splitEvidence(get('evidence_en')) },
		threats: splitList(get('threats')),
		stage: get('stage').toLowerCase()
	};
	if (sectors.length > 0 || operatorClasses.length > 0) {
		candidate.applicability = {
			...(sectors.length > 0 ? { sectors } : {}),
			...(operatorClasses.length > 0 ? { operator_classes: operatorClasses } : {})
		};
	}
	const seed = get('source_seed');
	if (seed !== '') {
		const section = get('source_section');
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

/**
 * `records[0]` is the header (row 1); `records[k]` is row k + 1. Blank rows
 * are skipped (they still count for the row numbers).
 */
export function tableToChecklist(records: readonly Cells[], metadata: ChecklistMetadata): ImportResult {
	if (records.length === 0) return { ok: false, problems: [{ row: 1, message: 'the file is empty; a header row is required' }] };
	const { columns, problems: headerProblems } = readHeader(records[0]);
	if (headerProblems.length > 0) return { ok: false, problems: headerProblems };

	const problems: ImportProblem[] = [];
	const sections = new Map<string, SectionDraft>();
	const itemRows = new Map<string, number>();
	const usedIndexes = new Set(columns.values());

	records.slice(1).forEach((cells, index) => {
		const row = index + 2;
		const trimmed = cells.map((cell) => cell.trim());
		if (trimmed.every((cell) => cell === '')) return;
		const stray = trimmed.findIndex((cell, k) => cell !== '' && !usedIndexes.has(k));
		if (stray >= 0) {
			problems.push({ row, message: `cell ${stray + 1} has text but its column has no header` });
			return;
		}
		const get = (column: ImportColumn): string => {
			const k = columns.get(column);
			return k === undefined ? '' : (trimmed[k] ?? '');
		};
		const rowProblems: ImportProblem[] = [];

		// The section: defined by its first row; later rows may leave the titles empty.
		const sectionId = get('section_id');
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
		const itemId = get('item_id');
		const firstRow = itemRows.get(itemId);
		if (itemId !== '' && firstRow !== undefined) {
			rowProblems.push({ row, field: 'item_id', message: `item id ${itemId} is already used in row ${firstRow}` });
		} else if (itemId !== '') {
			itemRows.set(itemId, row);
		}

		if (rowProblems.length > 0) {
			problems.push(...rowProblems);
		} else if (section !== undefined) {
			section.items.push(item);
			section.rows.push(row);
		}
	});

	if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
	if (sections.size === 0) return { ok: false, problems: [{ row: 2, message: 'no item rows below the header' }] };

	const drafts = [...sections.values()];
	const candidate = {
		...metadata,
		sections: drafts.map((s) => ({ id: s.id, title: s.title, items: s.items }))
	};
	return finishImport(candidate, (path) => {
		if (path[0] !== 'sections' || typeof path[1] !== 'number') return { field: formatPath(path) };
		const draft = drafts[path[1]];
		if (path[2] === 'items' && typeof path[3] === 'number') {
			return { row: draft.rows[path[3]], field: columnOfItemPath(path.slice(4)) };
		}
		return { row: draft.firstRow, field: columnOfSectionPath(path.slice(2)) };
	});
}
