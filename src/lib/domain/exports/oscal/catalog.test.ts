import { describe, expect, it } from 'vitest';
import { oscalProblems } from '../../../../../tests/oscal/validate';
import { importOscalCatalog } from '../../checklists/import/oscal';
import type { Checklist } from '../../checklists/schema';
import { loadChecklistLibrary } from '$lib/server/checklists/library';
import { uuidV5 } from '$lib/server/exports/uuid';
import { checklistToCatalog, isMamoriCatalog } from './catalog';

const library = await loadChecklistLibrary();
const options = {
	id: 'ignored',
	issuer: { ja: '無視', en: 'ignored' },
	applies_to: { sectors: 'all' as const, operator_classes: ['leading' as const] },
	lang: 'en' as const,
	classification: 'all-reference' as const,
	threats: ['intentional' as const],
	stage: 'treatment' as const
};

describe('checklists as OSCAL catalogs', () => {
	it('loads the whole library', () => {
		expect(library.problems).toEqual([]);
		expect(library.checklists.length).toBeGreaterThanOrEqual(15);
	});

	it.each(library.checklists.map((c) => [c.file, c.checklist] as [string, Checklist]))(
		'%s: valid OSCAL 1.1.2 in both languages, read back unchanged by the importer',
		(_file, checklist) => {
			for (const lang of ['ja', 'en'] as const) {
				const catalog = checklistToCatalog(checklist, lang, uuidV5);
				expect(oscalProblems('catalog', catalog)).toEqual([]);
				expect(isMamoriCatalog(catalog)).toBe(true);
				const back = importOscalCatalog(JSON.parse(JSON.stringify(catalog)), options);
				expect(back).toEqual({ ok: true, checklist });
			}
		}
	);

	it('shows the chosen language in titles and statements, so other OSCAL tools read it', () => {
		const checklist = library.checklists.find((c) => c.checklist.id === 'cross-sector')?.checklist;
		if (!checklist) throw new Error('cross-sector checklist missing');
		const ja = checklistToCatalog(checklist, 'ja', uuidV5).catalog;
		const control = ja.groups[0].controls?.[0];
		expect(ja.metadata.title).toBe(checklist.title.ja);
		expect(control?.title).toBe(checklist.sections[0].items[0].title.ja);
		expect(control?.parts[0]).toMatchObject({ name: 'statement', prose: checklist.sections[0].items[0].guidance.ja });
		expect(checklistToCatalog(checklist, 'en', uuidV5).catalog.uuid).toBe(ja.uuid);
	});

	it('reports what is wrong when a mamori catalog was edited into an invalid checklist', () => {
		const checklist = library.checklists[0].checklist;
		const catalog = checklistToCatalog(checklist, 'en', uuidV5);
		const control = catalog.catalog.groups[0].controls?.[0];
		if (!control) throw new Error('no control');
		control.props = control.props.map((p) => (p.name === 'stage' ? { ...p, value: 'nonsense' } : p));
		const back = importOscalCatalog(catalog, options);
		expect(back.ok).toBe(false);
		if (!back.ok) expect(back.problems[0].field).toMatch(/^checklist sections\.0\.items\.0\.stage/);
	});
});
