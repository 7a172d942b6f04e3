import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validChecklistInput } from '../src/lib/domain/checklists/fixtures/valid-checklist';
import { checklistSchema } from '../src/lib/domain/checklists/schema';
import { serializeChecklist } from '../src/lib/domain/checklists/yaml';
import { runCheck, summaryTable } from './checklists-check';

let root: string;
let out: string[];
let err: string[];
const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };

async function put(file: string, text: string): Promise<void> {
	await mkdir(path.dirname(path.join(root, file)), { recursive: true });
	await writeFile(path.join(root, file), text);
}
const good = (id: string): string => serializeChecklist(checklistSchema.parse({ ...validChecklistInput(), id }));

beforeEach(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'mamori-check-'));
	out = [];
	err = [];
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('checklists:check', () => {
	it('prints a summary table and exits 0 when every file is valid', async () => {
		await put('checklists/cross-sector.yaml', good('cross-sector'));
		await put('checklists/sectors/gas.yaml', good('sector-gas'));
		expect(await runCheck(root, io)).toBe(0);
		expect(err).toEqual([]);
		expect(out).toEqual([
			'checklist     version  sectors          items  consider  reference',
			'------------  -------  ---------------  -----  --------  ---------',
			'cross-sector  2026.1   electricity,gas      4         3          1',
			'sector-gas    2026.1   electricity,gas      4         3          1',
			'2 checklists, 8 items: all valid'
		]);
	});

	it('prints each problem with file, item and field, and exits 1', async () => {
		await put('checklists/ok.yaml', good('ok'));
		await put(
			'checklists/foo.yaml',
			good('foo').replace('en: Executives approve the policy', 'en: "  "').replace('classification: reference', 'classification: optional')
		);
		expect(await runCheck(root, io)).toBe(1);
		expect(out).toEqual([]);
		expect(err).toEqual([
			'checklists/foo.yaml: item GOV-01: field title.en: must not be empty',
			'checklists/foo.yaml: item GOV-02: field classification: must be consider (要検討事項) or reference (参考事項)',
			'2 problems in the checklist library'
		]);
	});

	it('aligns numbers to the right', () => {
		expect(summaryTable([{ id: 'a', version: '1', sectors: 'all', items: 120, consider: 100, reference: 20 }])).toEqual([
			'checklist  version  sectors  items  consider  reference',
			'---------  -------  -------  -----  --------  ---------',
			'a          1        all        120       100         20'
		]);
	});
});
