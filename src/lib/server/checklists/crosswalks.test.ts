// The shipped crosswalks against the real editions: the 2026.2 files are kept
// under tests/fixtures/checklists/editions-2026.2 (as they were in git before
// 2027.1), the library holds 2027.1. Every id that changed is accounted for.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenItems } from '../../domain/checklists/flatten';
import { carryMappings, type PinnedEdition } from '../../domain/checklists/crosswalk/resolve';
import type { Checklist } from '../../domain/checklists/schema';
import { parseChecklistYaml } from '../../domain/checklists/yaml';
import { importOscalJson } from '../../domain/checklists/import/oscal';
import { loadCrosswalks } from './crosswalks';
import { loadChecklistLibrary } from './library';

const OLD_DIR = 'tests/fixtures/checklists/editions-2026.2';

async function oldEditions(): Promise<Checklist[]> {
	const out: Checklist[] = [];
	for (const name of (await readdir(OLD_DIR)).sort()) {
		const result = parseChecklistYaml(name, await readFile(path.join(OLD_DIR, name), 'utf8'));
		if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues[0])}`);
		out.push(result.checklist);
	}
	return out;
}

const ids = (c: Checklist) => new Set(flattenItems(c).map((f) => f.item.id));
const edition = (c: Checklist): PinnedEdition => ({ checklistId: c.id, version: c.version, itemIds: ids(c) });

describe('the shipped crosswalks 2026.2 → 2027.1', async () => {
	const old = await oldEditions();
	const library = (await loadChecklistLibrary()).checklists.map((c) => c.checklist);
	const { crosswalks, problems } = await loadCrosswalks();
	const all = crosswalks.map((c) => c.crosswalk).filter((cw) => cw.from.version === '2026.2');

	it('load without problems and name only ids the old editions had', () => {
		expect(problems).toEqual([]);
		expect(all.length).toBeGreaterThan(10);
		for (const cw of all) {
			const from = old.find((c) => c.id === cw.from.checklist && c.version === cw.from.version);
			expect(from, cw.id).toBeDefined();
			const known = ids(from as Checklist);
			for (const m of cw.mappings) for (const id of m.from) expect(known.has(id), `${cw.id}: ${id}`).toBe(true);
		}
	});

	it('give every item the new editions dropped a mapping, and every new item a source or an "added" entry', () => {
		for (const before of old) {
			const after = library.find((c) => c.id === before.id) as Checklist;
			const mapped = new Set(all.filter((cw) => cw.from.checklist === before.id).flatMap((cw) => cw.mappings.flatMap((m) => m.from)));
			const dropped = [...ids(before)].filter((id) => !ids(after).has(id) && !mapped.has(id));
			expect(dropped, before.id).toEqual([]);
			const into = all.filter((cw) => cw.to.checklist === after.id && cw.from.checklist === after.id);
			const explained = new Set(into.flatMap((cw) => [...cw.added, ...cw.mappings.flatMap((m) => m.to)]));
			const unexplained = [...ids(after)].filter((id) => !ids(before).has(id) && !explained.has(id));
			expect(unexplained, after.id).toEqual([]);
		}
	});

	it('carry an electric-power operator’s answers from its sector supplement into the cross-sector checklist', () => {
		const pick = (list: Checklist[], id: string) => list.find((c) => c.id === id) as Checklist;
		const mappings = carryMappings(
			all,
			[edition(pick(old, 'cross-sector')), edition(pick(old, 'sector-electricity'))],
			[edition(pick(library, 'cross-sector')), edition(pick(library, 'sector-electricity'))]
		);
		const to = (checklist: string, item: string) =>
			mappings
				.filter((m) => m.from.checklist_id === checklist && m.from.item_id === item)
				.flatMap((m) => m.to.map((t) => `${t.checklist_id}/${t.item_id}`));
		expect(to('sector-electricity', 'ELEC-04')).toEqual(['cross-sector/OT-01', 'cross-sector/OT-03']);
		expect(to('cross-sector', 'GOV-02')).toEqual(['cross-sector/GOV-02', 'cross-sector/GOV-11', 'cross-sector/GOV-12']);
		expect(to('cross-sector', 'GOV-01')).toEqual([]);
	});
});

describe('the crosswalk to NIST SP 800-53 rev. 5', async () => {
	const nist = importOscalJson(await readFile('tests/fixtures/nist/NIST_SP-800-53_rev5_catalog.json', 'utf8'), {
		id: 'nist-sp-800-53-rev5',
		issuer: { ja: 'NIST', en: 'NIST' },
		applies_to: { sectors: 'all', operator_classes: ['leading', 'other'] },
		lang: 'en',
		classification: 'enhancements-reference',
		threats: ['intentional'],
		stage: 'treatment'
	});
	const cw = (await loadCrosswalks()).crosswalks.find((c) => c.crosswalk.to.checklist === 'nist-sp-800-53-rev5')?.crosswalk;

	it('names only controls the imported catalog has, under the id the import gives them', () => {
		if (!nist.ok) throw new Error('the NIST catalog did not import');
		expect(cw).toBeDefined();
		const controls = ids(nist.checklist);
		const missing = (cw?.mappings ?? []).flatMap((m) => m.to).filter((id) => !controls.has(id));
		expect(missing).toEqual([]);
		expect(cw?.mappings.length).toBeGreaterThan(50);
	});
});
