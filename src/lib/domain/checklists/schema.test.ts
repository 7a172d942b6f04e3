import { describe, expect, it } from 'vitest';
import { validChecklistInput } from './fixtures/valid-checklist';
import type { ChecklistIssue } from './issues';
import { ITEM_ID_PATTERN } from './schema';
import { validateChecklist } from './validate';

const FILE = 'checklists/test-list.yaml';

function issuesOf(input: unknown): ChecklistIssue[] {
	const result = validateChecklist(FILE, input);
	if (result.ok) throw new Error('expected the checklist to be rejected');
	return result.issues;
}

type Mutable = Record<string, unknown>;
const item = (input: ReturnType<typeof validChecklistInput>, s: number, i: number): Mutable => input.sections[s].items[i] as Mutable;
/** GOV-CTRL-01, the item in the nested section. */
function nestedItem(input: ReturnType<typeof validChecklistInput>) {
	const found = input.sections[0].sections?.[0].items[0];
	if (!found) throw new Error('fixture changed');
	return found;
}

describe('checklist schema', () => {
	it('accepts a good checklist, nested sections included', () => {
		const result = validateChecklist(FILE, validChecklistInput());
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.checklist.sections[0].sections?.[0].items[0].id).toBe('GOV-CTRL-01');
			expect(result.checklist.applies_to.sectors).toEqual(['electricity', 'gas']);
		}
	});

	it('reads the old stage tag improvement as monitoring, so pinned past editions still load', () => {
		const input = validChecklistInput();
		item(input, 0, 0).stage = 'improvement';
		const result = validateChecklist(FILE, input);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.checklist.sections[0].items[0].stage).toBe('monitoring');
	});

	it('has no acceptance stage: acceptance is a decision within treatment', () => {
		const input = validChecklistInput();
		item(input, 0, 0).stage = 'acceptance';
		expect(issuesOf(input)[0].message).toMatch(/must be one of the stages: .*monitoring, communication/);
	});

	it('accepts sectors: all', () => {
		const input = validChecklistInput();
		(input.applies_to as Mutable).sectors = 'all';
		expect(validateChecklist(FILE, input).ok).toBe(true);
	});

	it('rejects a duplicate item id, naming the id, even across nested sections', () => {
		const input = validChecklistInput();
		nestedItem(input).id = 'GOV-01';
		expect(issuesOf(input)).toEqual([
			{
				file: FILE,
				itemId: 'GOV-01',
				field: 'id',
				message: expect.stringContaining('duplicate item id "GOV-01"') as string
			}
		]);
	});

	it('rejects a duplicate section id', () => {
		const input = validChecklistInput();
		input.sections[1].id = 'GOV';
		const issues = issuesOf(input);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ sectionId: 'GOV', field: 'id' });
		expect(issues[0].message).toContain('duplicate section id "GOV"');
	});

	it('rejects a missing language with file, item and field', () => {
		const input = validChecklistInput();
		delete (item(input, 0, 1).title as Partial<Record<'ja' | 'en', string>>).en;
		expect(issuesOf(input)).toEqual([{ file: FILE, itemId: 'GOV-02', field: 'title.en', message: expect.any(String) as string }]);
	});

	it('rejects a blank language', () => {
		const input = validChecklistInput();
		nestedItem(input).guidance.ja = '   ';
		expect(issuesOf(input)).toEqual([{ file: FILE, itemId: 'GOV-CTRL-01', field: 'guidance.ja', message: 'must not be empty' }]);
	});

	it('rejects a blank section title, naming the section', () => {
		const input = validChecklistInput();
		input.sections[1].title.en = '';
		expect(issuesOf(input)).toEqual([{ file: FILE, sectionId: 'BCP', field: 'title.en', message: 'must not be empty' }]);
	});

	it('rejects an unknown sector in applies_to, pointing at the entry', () => {
		const input = validChecklistInput();
		input.applies_to.sectors = ['electricity', 'nuclear'];
		const issues = issuesOf(input);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: FILE, field: 'applies_to.sectors[1]' });
		expect(issues[0].itemId).toBeUndefined();
		expect(issues[0].message).toContain('sector codes');
	});

	it('rejects applies_to.sectors that is neither "all" nor a list', () => {
		const input = validChecklistInput();
		(input.applies_to as Mutable).sectors = 'everyone';
		expect(issuesOf(input)).toEqual([{ file: FILE, field: 'applies_to.sectors', message: expect.stringContaining('"all"') as string }]);
	});

	it('rejects an unknown sector in an item applicability', () => {
		const input = validChecklistInput();
		item(input, 0, 1).applicability = { sectors: ['nuclear'] };
		expect(issuesOf(input)).toMatchObject([{ itemId: 'GOV-02', field: 'applicability.sectors[0]' }]);
	});

	it('rejects an unknown classification with the item and field', () => {
		const input = validChecklistInput();
		item(input, 1, 0).classification = 'mandatory';
		expect(issuesOf(input)).toEqual([
			{ file: FILE, itemId: 'BCP-01', field: 'classification', message: expect.stringContaining('consider') as string }
		]);
	});

	it('rejects unknown keys so that typos are caught', () => {
		const input = validChecklistInput();
		item(input, 0, 0).titel = { ja: 'x', en: 'x' };
		(input as Mutable).publised = '2026-04-01';
		const issues = issuesOf(input);
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ field: 'publised', message: expect.stringContaining('unknown key') as string }),
				expect.objectContaining({ itemId: 'GOV-01', field: 'titel' })
			])
		);
		expect(issues).toHaveLength(2);
	});

	it('rejects item applicability outside the checklist applies_to', () => {
		const input = validChecklistInput();
		item(input, 0, 0).applicability = { sectors: ['gas', 'water'] };
		input.applies_to.operator_classes = ['other'];
		const issues = issuesOf(input);
		expect(issues).toEqual([
			{ file: FILE, itemId: 'GOV-01', field: 'applicability.sectors[1]', message: expect.stringContaining('"water"') as string },
			{ file: FILE, itemId: 'GOV-02', field: 'applicability.operator_classes[0]', message: expect.stringContaining('"leading"') as string }
		]);
	});

	it('checks the id patterns', () => {
		const input = validChecklistInput();
		input.id = 'Test_List';
		item(input, 0, 0).id = 'gov-01';
		const issues = issuesOf(input);
		expect(issues).toMatchObject([
			{ field: 'id', message: expect.stringContaining('kebab-case') as string },
			{ itemId: 'gov-01', field: 'id' }
		]);
		for (const ok of ['GOV-01', 'ELEC-03', 'AC-2-1', 'G1-A']) expect(ITEM_ID_PATTERN.test(ok), ok).toBe(true);
		for (const bad of ['GOV', 'gov-01', 'GOV-', '-01', 'GOV--01', '1GOV-01', 'GOV_01']) {
			expect(ITEM_ID_PATTERN.test(bad), bad).toBe(false);
		}
	});

	it('rejects an unquoted seed number and a non-ISO date', () => {
		const input = validChecklistInput();
		item(input, 0, 0).source = { seed: 1 };
		input.published = '2026-02-30';
		const issues = issuesOf(input);
		expect(issues).toMatchObject([
			{ field: 'published', message: expect.stringContaining('ISO date') as string },
			{ itemId: 'GOV-01', field: 'source.seed', message: expect.stringContaining('"001"') as string }
		]);
	});

	it('requires the same number of evidence examples in both languages', () => {
		const input = validChecklistInput();
		item(input, 0, 0).evidence_examples = { ja: ['議事録', '規程'], en: ['Minutes'] };
		expect(issuesOf(input)).toMatchObject([{ itemId: 'GOV-01', field: 'evidence_examples.en' }]);
	});

	it('requires at least one threat and no repeats', () => {
		const input = validChecklistInput();
		item(input, 0, 0).threats = [];
		item(input, 0, 1).threats = ['intentional', 'intentional'];
		expect(issuesOf(input)).toMatchObject([
			{ itemId: 'GOV-01', field: 'threats' },
			{ itemId: 'GOV-02', field: 'threats', message: expect.stringContaining('twice') as string }
		]);
	});

	it('lets a section leave out items when it only groups nested sections', () => {
		const input = validChecklistInput();
		const wrapper = { id: 'OUTER', title: { ja: '外側', en: 'Outer' }, sections: [input.sections[1]] };
		const result = validateChecklist(FILE, { ...input, sections: [input.sections[0], wrapper] });
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.checklist.sections[1].items).toEqual([]);
	});

	it('rejects a section without any items', () => {
		const input = validChecklistInput();
		input.sections[1].items = [];
		expect(issuesOf(input)).toMatchObject([{ sectionId: 'BCP', field: 'items', message: expect.stringContaining('no items') as string }]);
	});

	it('falls back to the full path when the item has no usable id', () => {
		const input = validChecklistInput();
		delete (item(input, 1, 0) as Partial<Mutable>).id;
		expect(issuesOf(input)).toEqual([{ file: FILE, sectionId: 'BCP', field: 'items[0].id', message: expect.any(String) as string }]);
	});
});
