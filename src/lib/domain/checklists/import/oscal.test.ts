import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenItems } from '../flatten';
import { importOscalCatalog, importOscalJson, oscalIdToItemId } from './oscal';
import type { OscalImportOptions } from './oscal';

const fixture = (name: string): string =>
	readFileSync(new URL(`../../../../../tests/fixtures/checklists/${name}`, import.meta.url), 'utf8');

const options = (overrides: Partial<OscalImportOptions> = {}): OscalImportOptions => ({
	id: 'sample-catalog',
	issuer: { ja: 'テスト', en: 'Test' },
	applies_to: { sectors: 'all', operator_classes: ['leading', 'other'] },
	lang: 'en',
	classification: 'enhancements-reference',
	threats: ['intentional'],
	stage: 'treatment',
	...overrides
});

describe('oscalIdToItemId', () => {
	it('upper-cases and turns separators into single hyphens', () => {
		expect(oscalIdToItemId('ac-2.1')).toBe('AC-2-1');
		expect(oscalIdToItemId('ac-2(1)')).toBe('AC-2-1');
		expect(oscalIdToItemId('si-4.23')).toBe('SI-4-23');
		expect(oscalIdToItemId('cp_plan')).toBe('CP-PLAN');
	});
});

describe('importOscalJson', () => {
	it('imports a good catalog: groups → sections, controls and enhancements → items', () => {
		const result = importOscalJson(fixture('oscal-good.json'), options());
		if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
		const { checklist } = result;
		expect(checklist).toMatchObject({
			id: 'sample-catalog',
			version: '1.2',
			published: '2025-10-01',
			title: { en: 'Sample control catalog', ja: '[未翻訳] Sample control catalog' }
		});
		expect(checklist.sections.map((s) => s.id)).toEqual(['AC', 'CP']);
		expect(checklist.sections[1].sections?.map((s) => s.id)).toEqual(['CP-PLAN']);
		// The withdrawn enhancement ac-2.2 is skipped.
		expect(flattenItems(checklist).map(({ item }) => [item.id, item.classification])).toEqual([
			['AC-1', 'consider'],
			['AC-2', 'consider'],
			['AC-2-1', 'reference'],
			['CP-2', 'consider']
		]);
		const [ac1, ac2] = checklist.sections[0].items;
		expect(ac1.guidance).toEqual({
			en: 'Write down an access control policy.\n\nReview the policy every year.',
			ja: '[未翻訳] Write down an access control policy.\n\nReview the policy every year.'
		});
		expect(ac2.guidance.en).toBe('- a. Define the account types.\n- b. Name account managers.');
		expect(ac1).toMatchObject({ threats: ['intentional'], stage: 'treatment', evidence_examples: { ja: [], en: [] } });
	});

	it('applies the chosen classification rule', () => {
		const classes = (rule: OscalImportOptions['classification']): string[] => {
			const result = importOscalJson(fixture('oscal-good.json'), options({ classification: rule }));
			if (!result.ok) throw new Error(JSON.stringify(result.problems));
			return flattenItems(result.checklist).map(({ item }) => item.classification);
		};
		expect(classes('all-consider')).toEqual(['consider', 'consider', 'consider', 'consider']);
		expect(classes('all-reference')).toEqual(['reference', 'reference', 'reference', 'reference']);
		expect(classes('enhancements-reference')).toEqual(['consider', 'consider', 'reference', 'consider']);
	});

	it('marks the English side untranslated when the catalog is in Japanese', () => {
		const result = importOscalJson(fixture('oscal-good.json'), options({ lang: 'ja', title: { ja: '見本', en: 'Sample' } }));
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.checklist.title).toEqual({ ja: '見本', en: 'Sample' });
		expect(result.checklist.sections[0].title).toEqual({ ja: 'Access control', en: '[untranslated] Access control' });
		expect(result.checklist.sections[0].items[0].title.en).toBe('[untranslated] Policy and procedures');
	});

	it('reports a bad catalog by JSON path and imports nothing', () => {
		const result = importOscalJson(fixture('oscal-bad.json'), options());
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => p.field)).toEqual([
			'catalog.metadata.version',
			'catalog.groups[0].controls[0].title',
			'catalog.groups[0].controls[1].parts[0].prose'
		]);
	});

	it('reports controls whose ids clash once converted, and controls without prose', () => {
		const result = importOscalJson(fixture('oscal-clashing-ids.json'), options({ published: '2026-01-01' }));
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					field: 'catalog.groups[0].controls[1].id',
					message: expect.stringContaining('control ac-2-1 becomes item id AC-2-1, which control ac-2.1') as string
				},
				{ field: 'catalog.groups[0].controls[2].parts', message: 'control ac-9 has no statement or guidance prose' }
			]
		});
	});

	it('reports invalid JSON and an id that cannot become an item id', () => {
		expect(importOscalJson('{ "catalog": ', options())).toMatchObject({
			ok: false,
			problems: [{ message: expect.stringContaining('not valid JSON') as string }]
		});
		const catalog = JSON.parse(fixture('oscal-good.json')) as { catalog: { groups: { controls: { id: string }[] }[] } };
		catalog.catalog.groups[0].controls[0].id = 'ac1';
		expect(importOscalCatalog(catalog, options())).toMatchObject({
			ok: false,
			problems: [{ field: 'catalog.groups[0].controls[0].id', message: expect.stringContaining('GOV-01') as string }]
		});
	});

	it('reports a missing date and bad options once each', () => {
		const catalog = JSON.parse(fixture('oscal-good.json')) as { catalog: { metadata: Record<string, unknown> } };
		delete catalog.catalog.metadata.published;
		delete catalog.catalog.metadata['last-modified'];
		expect(importOscalCatalog(catalog, options({ id: 'Bad Id' }))).toMatchObject({
			ok: false,
			problems: [{ field: 'id' }, { field: 'published' }]
		});
		expect(importOscalCatalog(catalog, options({ threats: [], published: '2026-01-01' }))).toEqual({
			ok: false,
			problems: [{ field: 'threats', message: 'list at least one threat category' }]
		});
	});
});

describe('the real NIST SP 800-53 rev. 5 catalog (tests/fixtures/nist)', () => {
	const nist = readFileSync(new URL('../../../../../tests/fixtures/nist/NIST_SP-800-53_rev5_catalog.json', import.meta.url), 'utf8');
	const result = importOscalJson(nist, options({ id: 'nist-sp-800-53-rev5' }));
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
	const items = flattenItems(result.checklist).map((f) => f.item);

	it('imports every control that is not withdrawn and lists the withdrawn ones', () => {
		expect(items).toHaveLength(1189 - 182);
		const note = result.notes?.find((n) => n.en.includes('withdrawn'));
		expect(note?.en).toMatch(/^182 withdrawn controls were left out: AC-2\(10\), /);
	});

	it('writes parameters out instead of leaving placeholders', () => {
		expect(items.filter((i) => i.guidance.en.includes('{{'))).toEqual([]);
		const ac1 = items.find((i) => i.id === 'AC-1');
		expect(ac1?.guidance.en).toContain('[Assignment: organization-defined personnel or roles]');
		expect(ac1?.guidance.en).toContain('[Selection (one or more): Organization-level; Mission/business process-level; System-level]');
	});

	it('keeps the official label in the title where the item id cannot hold it', () => {
		expect(items.find((i) => i.id === 'AC-1')?.title.en).toBe('Policy and Procedures');
		expect(items.find((i) => i.id === 'AC-2-1')?.title.en).toBe('AC-2(1) Automated System Account Management');
	});

	it('keeps a statement that starts with a list a list on the untranslated side', () => {
		const listed = items.find((i) => i.guidance.en.startsWith('- '));
		expect(listed).toBeDefined();
		expect(listed?.guidance.ja.startsWith('[未翻訳]\n\n- ')).toBe(true);
	});
});

describe('the real NIST LOW baseline (tests/fixtures/nist)', () => {
	const read = (name: string) => readFileSync(new URL(`../../../../../tests/fixtures/nist/${name}`, import.meta.url), 'utf8');

	it('imports the resolved profile catalog with every parameter written out', () => {
		const text = read('NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json');
		expect(text.match(/insert: param/g)?.length).toBe(359);
		const result = importOscalJson(text, options({ id: 'nist-low' }));
		if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
		const items = flattenItems(result.checklist).map((f) => f.item);
		expect(items.length).toBeGreaterThan(100);
		expect(items.filter((i) => i.guidance.en.includes('{{') || i.guidance.ja.includes('{{'))).toEqual([]);
		expect(items.find((i) => i.id === 'AC-2')?.guidance.en).toContain('[Assignment: organization-defined');
	});

	it('refuses the profile itself, saying what it is', () => {
		const result = importOscalJson(read('NIST_SP-800-53_rev5_LOW-baseline_profile.json'), options({ id: 'nist-low' }));
		expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('this is an OSCAL profile') as string }] });
	});
});

describe('OSCAL files that are not catalogs', () => {
	it('says an OSCAL profile is a profile and what to import instead', () => {
		const profile = JSON.stringify({
			profile: { uuid: 'x', metadata: { title: 'LOW', version: '1' }, imports: [{ href: 'catalog.json' }] }
		});
		const result = importOscalJson(profile, options());
		expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('OSCAL profile') as string }] });
		if (!result.ok) expect(result.problems[0].message).toContain('resolved profile catalog');
	});

	it('names another OSCAL model', () => {
		const ssp = JSON.stringify({ 'system-security-plan': { uuid: 'x' } });
		expect(importOscalJson(ssp, options())).toMatchObject({
			ok: false,
			problems: [{ message: expect.stringContaining('system-security-plan') as string }]
		});
	});
});
