import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../src/lib/domain/checklists/import/columns';
import { flattenItems } from '../src/lib/domain/checklists/flatten';
import { parseChecklistYaml } from '../src/lib/domain/checklists/yaml';
import { runImport } from './checklists-import';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/checklists/', import.meta.url));
const fixture = (name: string): string => path.join(FIXTURES, name);

let cwd: string;
let out: string[];
let err: string[];
const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
const run = (...argv: string[]): Promise<number> => runImport(argv, io, cwd);
const csvArgs = (from: string, outFile = 'checklists/my-list.yaml'): string[] => [
	'--from',
	from,
	'--id',
	'my-list',
	'--version',
	'1',
	'--title-ja',
	'自社リスト',
	'--title-en',
	'Our list',
	'--sectors',
	'electricity,gas',
	'--published',
	'2026-04-01',
	'--out',
	outFile
];

async function written(file = 'checklists/my-list.yaml') {
	const result = parseChecklistYaml(file, await readFile(path.join(cwd, file), 'utf8'));
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.checklist;
}

beforeEach(async () => {
	cwd = await mkdtemp(path.join(tmpdir(), 'mamori-import-'));
	out = [];
	err = [];
});
afterEach(async () => {
	await rm(cwd, { recursive: true, force: true });
});

describe('checklists:import', () => {
	it('writes a validated checklist from a good CSV', async () => {
		expect(await run(...csvArgs(fixture('good.csv')))).toBe(0);
		expect(err).toEqual([]);
		expect(out).toEqual([
			'checklists/my-list.yaml: wrote checklist my-list version 1 from good.csv: 4 items (2 consider, 2 reference, 0 sector)'
		]);
		const checklist = await written();
		expect(checklist).toMatchObject({
			id: 'my-list',
			version: '1',
			title: { ja: '自社リスト', en: 'Our list' },
			issuer: { ja: '取込元: good.csv', en: 'Imported from good.csv' },
			published: '2026-04-01',
			applies_to: { sectors: ['electricity', 'gas'], operator_classes: ['leading', 'other'] }
		});
	});

	it('prints the problems with row numbers, exits 1 and writes nothing for a bad CSV', async () => {
		expect(await run(...csvArgs(fixture('bad-rows.csv')))).toBe(1);
		expect(existsSync(path.join(cwd, 'checklists/my-list.yaml'))).toBe(false);
		expect(err[0]).toBe(
			'bad-rows.csv: row 3: field classification: must be consider (要検討事項), reference (参考事項) or sector (分野固有事項) (found "must")'
		);
		expect(err.filter((line) => line.startsWith('bad-rows.csv: row ')).map((line) => line.split(':')[1].trim())).toEqual([
			'row 3',
			'row 4',
			'row 5',
			'row 6',
			'row 6',
			'row 7',
			'row 8',
			'row 9',
			'row 12'
		]);
		expect(err.at(-1)).toBe('9 problems: nothing was written');
	});

	it('reads a Shift_JIS file with Japanese headers and says what it did', async () => {
		const args = csvArgs(fixture('excel-sjis.csv'));
		args[args.indexOf('--sectors') + 1] = 'all';
		expect(await run(...args)).toBe(0);
		expect(out[0]).toContain('3 items (1 consider, 1 reference, 1 sector)');
		expect(out).toContain('note: The file was read as Shift_JIS (CP932) text.');
		expect((await written()).sections[0].items[0].title.ja).toBe('経営層が基本方針を承認している');
	});

	it('refuses a file over the size limit before reading it', async () => {
		const big = path.join(cwd, 'big.csv');
		await writeFile(big, Buffer.alloc(16 * 1024 * 1024, 0x20));
		expect(await run(...csvArgs(big))).toBe(1);
		expect(err[0]).toMatch(/the file is too large \(16\.0 MB\); imports take files up to 15 MB/);
	});

	it('refuses to overwrite an existing file unless --force', async () => {
		await mkdir(path.join(cwd, 'checklists'), { recursive: true });
		await writeFile(path.join(cwd, 'checklists/my-list.yaml'), 'keep me\n');
		expect(await run(...csvArgs(fixture('good.csv')))).toBe(1);
		expect(err[0]).toContain('already exists');
		expect(await readFile(path.join(cwd, 'checklists/my-list.yaml'), 'utf8')).toBe('keep me\n');

		expect(await run(...csvArgs(fixture('good.csv')), '--force')).toBe(0);
		expect((await written()).id).toBe('my-list');
	});

	it('names the option behind a bad checklist-level value', async () => {
		const args = csvArgs(fixture('good.csv'));
		args[args.indexOf('--version') + 1] = ' ';
		expect(await run(...args)).toBe(1);
		expect(err[0]).toBe('good.csv: option --version: must not be empty');

		err = [];
		args[args.indexOf('--version') + 1] = '1';
		args[args.indexOf('--sectors') + 1] = 'electricity,nuclear';
		expect(await run(...args)).toBe(1);
		expect(err[0]).toMatch(/^option --sectors: must be one of the sector codes.*\(found "nuclear"\)$/);
		expect(existsSync(path.join(cwd, 'checklists/my-list.yaml'))).toBe(false);
	});

	it('refuses an id that another library file already uses', async () => {
		expect(await run(...csvArgs(fixture('good.csv'), 'checklists/first.yaml'))).toBe(0);
		expect(await run(...csvArgs(fixture('good.csv'), 'checklists/second.yaml'))).toBe(1);
		expect(err[0]).toContain('already used by checklists/first.yaml');
		expect(existsSync(path.join(cwd, 'checklists/second.yaml'))).toBe(false);
	});

	it('imports an XLSX workbook', async () => {
		const row = IMPORT_COLUMNS.map(
			(column) =>
				(
					({
						section_id: 'BCP',
						section_title_ja: '事業継続',
						section_title_en: 'Business continuity',
						item_id: 'BCP-01',
						classification: 'consider',
						title_ja: '復旧目標',
						title_en: 'Recovery targets',
						guidance_ja: '目標を定める。',
						guidance_en: 'Set the targets.',
						threats: 'disaster',
						stage: 'bcp'
					}) as Record<string, string>
				)[column] ?? null
		);
		await writeXlsxFile([[...IMPORT_COLUMNS], row]).toFile(path.join(cwd, 'list.xlsx'));
		expect(await run(...csvArgs('list.xlsx'))).toBe(0);
		expect(flattenItems(await written()).map(({ item }) => item.id)).toEqual(['BCP-01']);
	});

	it('imports an OSCAL catalog with the chosen classification rule and language', async () => {
		const code = await run(
			'--from',
			fixture('oscal-good.json'),
			'--id',
			'sample-catalog',
			'--classification',
			'enhancements-reference',
			'--lang',
			'en',
			'--threats',
			'intentional,unintentional',
			'--stage',
			'treatment',
			'--out',
			'checklists/sample.yaml'
		);
		expect(err).toEqual([]);
		expect(code).toBe(0);
		const checklist = await written('checklists/sample.yaml');
		expect(checklist.version).toBe('1.2');
		expect(checklist.title).toEqual({ en: 'Sample control catalog', ja: '[未翻訳] Sample control catalog' });
		expect(flattenItems(checklist).map(({ item }) => `${item.id}:${item.classification}`)).toEqual([
			'AC-1:consider',
			'AC-2:consider',
			'AC-2-1:reference',
			'CP-2:consider'
		]);
		expect(checklist.sections[0].items[0].threats).toEqual(['intentional', 'unintentional']);
	});

	it('rejects bad OSCAL options and a bad catalog without writing', async () => {
		const base = ['--from', fixture('oscal-good.json'), '--id', 'x', '--out', 'checklists/x.yaml'];
		expect(await run(...base, '--classification', 'some')).toBe(1);
		expect(err[0]).toContain('option --classification');
		expect(await run(...base, '--threats', 'aliens')).toBe(1);
		expect(err.at(-1)).toContain('option --threats');
		expect(await run('--from', fixture('oscal-bad.json'), '--id', 'x', '--out', 'checklists/x.yaml')).toBe(1);
		expect(err).toContain('oscal-bad.json: field catalog.groups[0].controls[0].title: is missing');
		expect(existsSync(path.join(cwd, 'checklists/x.yaml'))).toBe(false);
	});

	it('explains missing arguments and unknown formats', async () => {
		expect(await run('--from', fixture('good.csv'))).toBe(1);
		expect(err[0]).toContain('required');
		expect(await run('--from', 'list.txt', '--id', 'x', '--out', 'x.yaml')).toBe(1);
		expect(err.some((line) => line.includes('unknown format'))).toBe(true);
		expect(await run('--frm', 'x')).toBe(1);
	});
});
