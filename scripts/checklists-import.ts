/**
 * npm run checklists:import -- --from list.csv|list.xlsx|catalog.json --id my-list --version 1
 *   --title-ja … --title-en … [--issuer-ja … --issuer-en …] [--published YYYY-MM-DD]
 *   [--sectors all|electricity,gas] [--operator-classes leading,other]
 *   [--classification all-consider|all-reference|enhancements-reference] [--lang en|ja]
 *   [--threats intentional] [--stage treatment] --out checklists/my-list.yaml [--force]
 *
 * Either writes the validated checklist YAML or prints every problem (with
 * row numbers for CSV/XLSX) and exits 1 without writing anything.
 * Columns and options: checklists/IMPORT.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { importCsv } from '../src/lib/domain/checklists/import/csv';
import { decodeText } from '../src/lib/domain/checklists/import/decode';
import { OSCAL_CLASSIFICATION_RULES, importOscalJson } from '../src/lib/domain/checklists/import/oscal';
import { formatImportProblem, IMPORT_MAX_BYTES, IMPORT_MAX_MB } from '../src/lib/domain/checklists/import/problems';
import type { ChecklistMetadata, ImportProblem, ImportResult } from '../src/lib/domain/checklists/import/problems';
import { expandUnion, formatIssue, valueAt } from '../src/lib/domain/checklists/issues';
import { appliesToSchema, stageSchema, threatSchema } from '../src/lib/domain/checklists/schema';
import { summarizeChecklist } from '../src/lib/domain/checklists/summary';
import type { AppliesTo } from '../src/lib/domain/checklists/schema';
import { loadChecklistLibrary, parseChecklistYaml, serializeChecklist } from '../src/lib/server/checklists/library';
import { importXlsxFile } from '../src/lib/server/checklists/xlsx-file';

export interface Io {
	out(line: string): void;
	err(line: string): void;
}

const OPTIONS = {
	from: { type: 'string' },
	out: { type: 'string' },
	id: { type: 'string' },
	version: { type: 'string' },
	'title-ja': { type: 'string' },
	'title-en': { type: 'string' },
	'issuer-ja': { type: 'string' },
	'issuer-en': { type: 'string' },
	published: { type: 'string' },
	sectors: { type: 'string', default: 'all' },
	'operator-classes': { type: 'string', default: 'leading,other' },
	classification: { type: 'string', default: 'all-consider' },
	lang: { type: 'string', default: 'en' },
	threats: { type: 'string', default: 'intentional' },
	stage: { type: 'string', default: 'treatment' },
	force: { type: 'boolean', default: false },
	help: { type: 'boolean', default: false }
} as const;

const USAGE = [
	'usage: npm run checklists:import -- --from <file.csv|file.xlsx|catalog.json> --id <kebab-id> --out <checklists/x.yaml>',
	'  --version <v> --title-ja <…> --title-en <…>   (required for CSV/XLSX; OSCAL defaults to the catalog metadata)',
	'  [--issuer-ja <…> --issuer-en <…>] [--published YYYY-MM-DD] [--sectors all|a,b] [--operator-classes leading,other]',
	'  OSCAL only: [--classification all-consider|all-reference|enhancements-reference] [--lang en|ja]',
	'              [--threats intentional,…] [--stage treatment]',
	'  [--force]   overwrite an existing --out file',
	'See checklists/IMPORT.md.'
];

/** Which option a checklist-level field came from, for messages. */
function optionOf(field: string | undefined): string | undefined {
	if (field === undefined) return undefined;
	const direct = new Map([
		['id', '--id'],
		['version', '--version'],
		['title.ja', '--title-ja'],
		['title.en', '--title-en'],
		['issuer.ja', '--issuer-ja'],
		['issuer.en', '--issuer-en'],
		['published', '--published'],
		['threats', '--threats'],
		['stage', '--stage']
	]);
	const option = direct.get(field);
	if (option !== undefined) return option;
	if (field.startsWith('applies_to.sectors')) return '--sectors';
	if (field.startsWith('applies_to.operator_classes')) return '--operator-classes';
	return undefined;
}

function describeProblem(source: string, problem: ImportProblem): string {
	const option = problem.row === undefined ? optionOf(problem.field) : undefined;
	return option !== undefined ? `${source}: option ${option}: ${problem.message}` : `${source}: ${formatImportProblem(problem)}`;
}

const list = (value: string): string[] => value.split(/[\s,]+/).filter((s) => s !== '');

/** --sectors and --operator-classes, checked against the checklist schema. */
function appliesTo(sectors: string, operatorClasses: string): { ok: true; value: AppliesTo } | { ok: false; errors: string[] } {
	const sectorList = list(sectors);
	const input = {
		sectors: sectorList.length === 1 && sectorList[0] === 'all' ? 'all' : sectorList,
		operator_classes: list(operatorClasses)
	};
	const parsed = appliesToSchema.safeParse(input);
	if (parsed.success) return { ok: true, value: parsed.data };
	const errors = parsed.error.issues.flatMap(expandUnion).map((issue) => {
		const option = issue.path[0] === 'sectors' ? '--sectors' : '--operator-classes';
		const value = valueAt(input, issue.path);
		return `option ${option}: ${issue.message}${typeof value === 'string' ? ` (found "${value}")` : ''}`;
	});
	return { ok: false, errors };
}

function parseOptions(argv: readonly string[]) {
	try {
		const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
		return { ok: true as const, values };
	} catch (error) {
		return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
	}
}

const today = (): string => new Date().toISOString().slice(0, 10);

export async function runImport(argv: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
	const parsedArgs = parseOptions(argv);
	if (!parsedArgs.ok) {
		io.err(parsedArgs.error);
		for (const line of USAGE) io.err(line);
		return 1;
	}
	const { values } = parsedArgs;
	if (values.help) {
		for (const line of USAGE) io.out(line);
		return 0;
	}
	const fail = (...lines: string[]): number => {
		for (const line of lines) io.err(line);
		return 1;
	};
	if (values.from === undefined || values.out === undefined || values.id === undefined) {
		return fail('--from, --id and --out are required', ...USAGE);
	}
	const from = path.resolve(cwd, values.from);
	const out = path.resolve(cwd, values.out);
	const source = path.basename(from);
	const format = path.extname(from).toLowerCase();
	if (!['.csv', '.xlsx', '.json'].includes(format)) return fail(`${source}: unknown format (use .csv, .xlsx or OSCAL .json)`);
	if (!existsSync(from)) return fail(`${values.from}: file not found`);
	const size = (await stat(from)).size;
	if (size > IMPORT_MAX_BYTES) {
		return fail(
			`${values.from}: the file is too large (${(size / 1024 / 1024).toFixed(1)} MB); imports take files up to ${IMPORT_MAX_MB} MB`
		);
	}
	if (existsSync(out) && !values.force) return fail(`${values.out} already exists: not overwritten (use --force to replace it)`);

	const titleGiven = values['title-ja'] !== undefined || values['title-en'] !== undefined;
	const title = titleGiven ? { ja: values['title-ja'] ?? '', en: values['title-en'] ?? '' } : undefined;
	const issuer = {
		ja: values['issuer-ja'] ?? `取込元: ${source}`,
		en: values['issuer-en'] ?? `Imported from ${source}`
	};
	const applies = appliesTo(values.sectors, values['operator-classes']);
	if (!applies.ok) return fail(...applies.errors);

	let result: ImportResult;
	if (format === '.json') {
		const rule = z.enum(OSCAL_CLASSIFICATION_RULES).safeParse(values.classification);
		const lang = z.enum(['ja', 'en']).safeParse(values.lang);
		const threats = z.array(threatSchema).safeParse(list(values.threats));
		const stage = stageSchema.safeParse(values.stage);
		if (!rule.success) return fail(`option --classification: must be one of ${OSCAL_CLASSIFICATION_RULES.join(', ')}`);
		if (!lang.success) return fail('option --lang: must be ja or en');
		if (!threats.success) return fail(`option --threats: ${threats.error.issues[0].message}`);
		if (!stage.success) return fail(`option --stage: ${stage.error.issues[0].message}`);
		const decoded = decodeText(await readFile(from));
		if (!decoded.ok) return fail(...decoded.problems.map((p) => describeProblem(source, p)));
		result = importOscalJson(decoded.text, {
			id: values.id,
			version: values.version,
			title,
			issuer,
			published: values.published,
			applies_to: applies.value,
			lang: lang.data,
			classification: rule.data,
			threats: threats.data,
			stage: stage.data
		});
	} else {
		const metadata: ChecklistMetadata = {
			id: values.id,
			version: values.version ?? '',
			title: title ?? { ja: '', en: '' },
			issuer,
			published: values.published ?? today(),
			applies_to: applies.value
		};
		result = format === '.csv' ? importCsv(await readFile(from), metadata) : await importXlsxFile(from, metadata);
	}

	if (!result.ok) {
		return fail(
			...result.problems.map((p) => describeProblem(source, p)),
			`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}: nothing was written`
		);
	}

	const display = path.relative(cwd, out).split(path.sep).join('/');
	const library = await loadChecklistLibrary({ root: cwd });
	const clash = library.checklists.find((c) => c.checklist.id === result.checklist.id && path.resolve(cwd, c.file) !== out);
	if (clash !== undefined) {
		return fail(`option --id: checklist id "${result.checklist.id}" is already used by ${clash.file}: nothing was written`);
	}

	const yaml = serializeChecklist(result.checklist);
	const check = parseChecklistYaml(display, yaml);
	if (!check.ok) return fail(...check.issues.map(formatIssue), 'internal error: the written YAML would not validate');

	await mkdir(path.dirname(out), { recursive: true });
	try {
		await writeFile(out, yaml, { flag: values.force ? 'w' : 'wx' });
	} catch (error) {
		return fail(`${display}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
	}
	const summary = summarizeChecklist(result.checklist);
	io.out(
		`${display}: wrote checklist ${summary.id} version ${summary.version} from ${source}: ` +
			`${summary.items} items (${summary.consider} consider, ${summary.reference} reference, ${summary.sector} sector)`
	);
	for (const note of result.notes ?? []) io.out(`note: ${note.en}`);
	return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
	process.exitCode = await runImport(process.argv.slice(2), {
		out: (line) => console.log(line),
		err: (line) => console.error(line)
	});
}
