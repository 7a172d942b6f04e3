/** The table columns understood by the CSV and XLSX importers (documented in checklists/IMPORT.md). */
import { OPERATOR_CLASSES, OPERATOR_CLASS_NAMES, SECTORS } from '../../sectors';
import { PROCESS_STAGE_NAMES, PROCESS_STAGES, THREAT_CATEGORIES, THREAT_NAMES } from '../../threats';

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
export const CLASSIFICATION_ALIASES: ReadonlyMap<string, 'consider' | 'reference' | 'sector'> = new Map([
	['consider', 'consider'],
	['reference', 'reference'],
	['sector', 'sector'],
	['要検討事項', 'consider'],
	['要検討', 'consider'],
	['参考事項', 'reference'],
	['参考', 'reference'],
	['分野固有事項', 'sector'],
	['分野固有', 'sector']
]);

/** Separator of evidence entries within one cell. */
export const EVIDENCE_SEPARATOR = '|';

/**
 * How a header cell or a code-like cell is compared: Unicode NFKC (full-width
 * letters, digits, hyphens and parentheses become ASCII), no spaces, lower
 * case, required-column marks (* ※) dropped.
 */
export function normalizeName(raw: string): string {
	return raw
		.normalize('NFKC')
		.replace(/[\s*※]/g, '')
		.toLowerCase();
}

/** A code-like cell (ids, codes, seed numbers): NFKC and trimmed, so ＧＯＶ－０１ reads as GOV-01. */
export const normalizeCode = (cell: string): string => cell.normalize('NFKC').trim();

/**
 * Header names in Japanese (and a few common English ones) accepted for each
 * column, compared after normalizeName (so 項目（英語） and 項目(英語) are one).
 */
const HEADER_ALIASES: Record<ImportColumn | 'leading', readonly string[]> = {
	section_id: ['項目群id', '項目群コード', '項目群番号', 'セクションid', '章番号', 'sectionid'],
	section_title_ja: ['項目群', '項目群名', '項目群(日本語)', '項目群名(日本語)', '章', '章名', 'sectiontitle'],
	section_title_en: ['項目群(英語)', '項目群名(英語)', '章名(英語)', 'sectiontitle(en)'],
	item_id: ['項目id', '項目番号', '項番', '管理番号', 'itemid', 'id'],
	classification: ['区分', '種別', '分類'],
	title_ja: ['項目', '項目名', '項目(日本語)', '項目名(日本語)', '要求事項', 'title'],
	title_en: ['項目(英語)', '項目名(英語)', '要求事項(英語)', 'title(en)'],
	guidance_ja: ['解説', '説明', 'ガイダンス', '解説(日本語)', '説明(日本語)', 'guidance'],
	guidance_en: ['解説(英語)', '説明(英語)', 'ガイダンス(英語)', 'guidance(en)'],
	evidence_ja: ['証跡の例', '証跡例', '証跡', '証跡の例(日本語)', 'evidence'],
	evidence_en: ['証跡の例(英語)', '証跡例(英語)', 'evidence(en)'],
	threats: ['脅威', '脅威の類型', '脅威区分'],
	stage: ['段階', 'ステージ', 'プロセス'],
	sectors: ['分野', '対象分野'],
	operator_classes: ['事業者区分', '対象事業者'],
	source_seed: ['出典', '出典資料', '出典番号'],
	source_section: ['出典の箇所', '出典箇所'],
	leading: ['先導的取組', '先導的取組(leading)']
};

/** Every column the importer reads, the optional `leading` flag included. */
export type TableColumn = ImportColumn | 'leading';

const BY_NAME = new Map<string, TableColumn>();
for (const column of [...IMPORT_COLUMNS, 'leading'] as const) {
	BY_NAME.set(normalizeName(column), column);
	for (const alias of HEADER_ALIASES[column]) BY_NAME.set(normalizeName(alias), column);
}

/** The column a header cell names (code or alias), or undefined. */
export function columnOf(header: string): TableColumn | undefined {
	return BY_NAME.get(normalizeName(header));
}

/** Cells that mean "yes" in the `leading` column (anything else non-empty is reported). */
export const YES = new Set(['true', 'yes', 'y', '1', '○', '〇', '◯', '✓', 'はい', '該当', '先導的取組']);
export const NO = new Set(['false', 'no', 'n', '0', '×', '-', 'いいえ', '非該当']);

/**
 * Japanese (and English) names accepted for code values, besides the codes:
 * threat categories, stages, sectors and operator classes by their names in
 * src/lib/domain (and a few short forms), compared after normalizeName.
 */
const VALUE_ALIASES: Record<'threats' | 'stage' | 'sectors' | 'operator_classes', Map<string, string>> = {
	threats: new Map(),
	stage: new Map(),
	sectors: new Map(),
	operator_classes: new Map()
};
const addAliases = (kind: keyof typeof VALUE_ALIASES, code: string, names: readonly string[]): void => {
	for (const name of names) VALUE_ALIASES[kind].set(normalizeName(name), code);
};
for (const code of THREAT_CATEGORIES) addAliases('threats', code, [THREAT_NAMES[code].ja, THREAT_NAMES[code].en]);
addAliases('threats', 'intentional', ['意図的要因', 'サイバー攻撃']);
addAliases('threats', 'disaster', ['災害', '疾病']);
addAliases('threats', 'spillover', ['他分野からの波及', '波及']);
for (const code of PROCESS_STAGES) addAliases('stage', code, [PROCESS_STAGE_NAMES[code].ja, PROCESS_STAGE_NAMES[code].en]);
addAliases('stage', 'bcp', ['事業継続計画', 'BCP']);
for (const sector of SECTORS) addAliases('sectors', sector.code, [sector.name.ja, sector.name.en]);
addAliases('sectors', 'government', ['政府・行政サービス']);
for (const code of OPERATOR_CLASSES) addAliases('operator_classes', code, [OPERATOR_CLASS_NAMES[code].ja, OPERATOR_CLASS_NAMES[code].en]);

/** The code a cell names (a code as is, or a name), lower case. */
export function codeOf(kind: keyof typeof VALUE_ALIASES, value: string): string {
	const name = normalizeName(value);
	return VALUE_ALIASES[kind].get(name) ?? name;
}
