import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryChecklistInput } from '../src/lib/domain/checklists/fixtures/library-checklist';
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
const good = (id: string): string => serializeChecklist(checklistSchema.parse(libraryChecklistInput(id)));

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
		expect(await runCheck(root, io)).toBe(0);
		expect(err).toEqual([]);
		expect(out).toEqual([
			'checklist     version  sectors  items  consider  reference  sector  leading',
			'------------  -------  -------  -----  --------  ---------  ------  -------',
			'cross-sector  2026.1   all          4         4          0       0        1',
			'1 checklist, 4 items: all valid'
		]);
	});

	it('prints each problem with file, item and field, and exits 1', async () => {
		await put(
			'checklists/foo.yaml',
			good('foo').replace('en: Executives approve the policy', 'en: "  "').replace('classification: consider', 'classification: optional')
		);
		expect(await runCheck(root, io)).toBe(1);
		expect(out).toEqual([]);
		expect(err).toEqual([
			'checklists/foo.yaml: item GOV-01: field classification: must be consider (要検討事項), reference (参考事項) or sector (分野固有事項)',
			'checklists/foo.yaml: item GOV-01: field title.en: must not be empty',
			'2 problems in the checklist library'
		]);
	});

	it('applies the library rules: sector supplements hold sector items, leading-only items are flagged', async () => {
		const supplement = { ...libraryChecklistInput('sector-gas'), applies_to: { sectors: ['gas'], operator_classes: ['leading', 'other'] } };
		const unflagged: Record<string, unknown> = supplement.sections[0].items[1];
		delete unflagged.leading;
		supplement.sections[0].sections = [];
		await put('checklists/sectors/gas.yaml', serializeChecklist(checklistSchema.parse(supplement)));
		expect(await runCheck(root, io)).toBe(1);
		expect(err).toContain(
			'checklists/sectors/gas.yaml: item GOV-01: field classification: a sector supplement holds sector items (分野固有事項) only, not consider; move cross-sector measures to the cross-sector checklist'
		);
		expect(err).toContain(
			'checklists/sectors/gas.yaml: item GOV-02: field leading: an item for leading operators only must say leading: true'
		);
	});

	it('checks crosswalks against the library and keeps them out of the checklists', async () => {
		await put('checklists/cross-sector.yaml', good('cross-sector'));
		const crosswalk = (to: string) =>
			[
				'id: cross-sector-2025.1-2026.1',
				'title: { ja: "旧版 → 新版", en: "Old → new" }',
				'from: { checklist: cross-sector, version: "2025.1" }',
				'to: { checklist: cross-sector, version: "2026.1" }',
				'mappings:',
				`  - { from: [GOV-09], to: [${to}], note: { ja: "分割しました。", en: "Split." } }`
			].join('\n');
		await put('checklists/crosswalks/cross-sector.yaml', crosswalk('GOV-01, GOV-02'));
		expect(await runCheck(root, io)).toBe(0);
		expect(out.at(-1)).toBe('1 crosswalk: all valid');
		await put('checklists/crosswalks/cross-sector.yaml', crosswalk('GOV-01, GOV-77'));
		expect(await runCheck(root, io)).toBe(1);
		expect(err).toContain('checklists/crosswalks/cross-sector.yaml: field mappings[0].to[1]: cross-sector 2026.1 has no item GOV-77');
	});

	it('aligns numbers to the right', () => {
		expect(
			summaryTable([{ id: 'a', version: '1', sectors: 'all', items: 120, consider: 100, reference: 20, sector: 0, leading: 4 }])
		).toEqual([
			'checklist  version  sectors  items  consider  reference  sector  leading',
			'---------  -------  -------  -----  --------  ---------  ------  -------',
			'a          1        all        120       100         20       0        4'
		]);
	});
});
