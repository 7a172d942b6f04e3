import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validChecklistInput } from '../../domain/checklists/fixtures/valid-checklist';
import { checklistSchema } from '../../domain/checklists/schema';
import { loadChecklistLibrary, serializeChecklist } from './library';

let root: string;

const good = (id: string): string => serializeChecklist(checklistSchema.parse({ ...validChecklistInput(), id }));

async function put(file: string, text: string): Promise<void> {
	await mkdir(path.dirname(path.join(root, file)), { recursive: true });
	await writeFile(path.join(root, file), text);
}

beforeEach(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'mamori-library-'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('loadChecklistLibrary', () => {
	it('loads every .yaml below checklists/, sorted, with project-relative names', async () => {
		await put('checklists/FORMAT.md', '# not a checklist');
		await put('checklists/cross-sector.yaml', good('cross-sector'));
		await put('checklists/sectors/electricity.yaml', good('electricity'));
		const library = await loadChecklistLibrary({ root });
		expect(library.problems).toEqual([]);
		expect(library.checklists.map((c) => [c.file, c.checklist.id])).toEqual([
			['checklists/cross-sector.yaml', 'cross-sector'],
			['checklists/sectors/electricity.yaml', 'electricity']
		]);
	});

	it('reports invalid files with file, item and field, and keeps the valid ones', async () => {
		await put('checklists/a.yaml', good('a'));
		await put('checklists/b.yaml', good('b').replace('en: Executives approve the policy', 'en: ""'));
		await put('checklists/c.yaml', 'id: [');
		const library = await loadChecklistLibrary({ root });
		expect(library.checklists.map((c) => c.checklist.id)).toEqual(['a']);
		expect(library.problems).toEqual([
			{ file: 'checklists/b.yaml', itemId: 'GOV-01', field: 'title.en', message: 'must not be empty' },
			{ file: 'checklists/c.yaml', field: '', message: expect.stringContaining('not valid YAML') as string }
		]);
	});

	it('requires checklist ids to be unique across files', async () => {
		await put('checklists/a.yaml', good('same'));
		await put('checklists/sectors/b.yaml', good('same'));
		const library = await loadChecklistLibrary({ root });
		expect(library.checklists.map((c) => c.file)).toEqual(['checklists/a.yaml']);
		expect(library.problems).toEqual([
			{ file: 'checklists/sectors/b.yaml', field: 'id', message: expect.stringContaining('checklists/a.yaml') as string }
		]);
	});

	it('flags .yml files instead of silently skipping them, and a missing folder', async () => {
		await put('checklists/typo.yml', good('typo'));
		expect((await loadChecklistLibrary({ root })).problems).toMatchObject([{ file: 'checklists/typo.yml' }]);
		expect((await loadChecklistLibrary({ root, dir: 'nowhere' })).problems).toMatchObject([{ file: 'nowhere' }]);
	});
});
