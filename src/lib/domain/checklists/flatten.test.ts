import { describe, expect, it } from 'vitest';
import { applicableItems, checklistApplies, itemApplies } from './applicability';
import { findItem, flattenItems, sectionIds, sharedItemIds, walkSections } from './flatten';
import { validChecklistInput } from './fixtures/valid-checklist';
import { checklistSchema } from './schema';
import type { Checklist } from './schema';
import { summarizeChecklist } from './summary';

const checklist = (): Checklist => checklistSchema.parse(validChecklistInput());

describe('walking a checklist', () => {
	it('lists sections depth first, parents before children', () => {
		expect(walkSections(checklist()).map(({ path }) => path.map((s) => s.id).join('/'))).toEqual(['GOV', 'GOV/GOV-CTRL', 'BCP']);
	});

	it('flattens items with their section path, own items before nested sections', () => {
		const flat = flattenItems(checklist());
		expect(flat.map((f) => [f.item.id, f.section.id, sectionIds(f).join('/')])).toEqual([
			['GOV-01', 'GOV', 'GOV'],
			['GOV-02', 'GOV', 'GOV'],
			['GOV-CTRL-01', 'GOV-CTRL', 'GOV/GOV-CTRL'],
			['BCP-01', 'BCP', 'BCP']
		]);
	});

	it('finds an item by id', () => {
		expect(findItem(checklist(), 'GOV-CTRL-01')?.section.id).toBe('GOV-CTRL');
		expect(findItem(checklist(), 'NOPE-01')).toBeUndefined();
	});

	it('summarizes counts by classification', () => {
		expect(summarizeChecklist(checklist())).toEqual({
			id: 'test-list',
			version: '2026.1',
			sectors: 'electricity,gas',
			items: 4,
			consider: 3,
			reference: 1,
			sector: 0,
			leading: 0
		});
	});
});

describe('applicability', () => {
	it('a checklist applies only within its sectors and operator classes', () => {
		const c = checklist();
		expect(checklistApplies(c, 'electricity', 'other')).toBe(true);
		expect(checklistApplies(c, 'water', 'other')).toBe(false);
		expect(checklistApplies({ applies_to: { sectors: 'all', operator_classes: ['leading'] } }, 'water', 'leading')).toBe(true);
		expect(checklistApplies({ applies_to: { sectors: 'all', operator_classes: ['leading'] } }, 'water', 'other')).toBe(false);
	});

	it('item applicability narrows by sector and by class', () => {
		const ids = (sector: 'electricity' | 'gas' | 'water', cls: 'leading' | 'other') =>
			applicableItems(checklist(), sector, cls).map((f) => f.item.id);
		expect(ids('electricity', 'leading')).toEqual(['GOV-01', 'GOV-02', 'GOV-CTRL-01', 'BCP-01']);
		expect(ids('gas', 'leading')).toEqual(['GOV-01', 'GOV-02', 'BCP-01']);
		expect(ids('gas', 'other')).toEqual(['GOV-01', 'BCP-01']);
		expect(ids('water', 'leading')).toEqual([]);
	});

	it('an item without applicability applies wherever its checklist does', () => {
		const item = checklist().sections[1].items[0];
		expect(itemApplies(item, 'petroleum', 'other')).toBe(true);
	});
});

describe('item ids shared between checklists', () => {
	it('lists each id used by more than one checklist, with the checklists', () => {
		const a = checklist();
		const b = { ...checklist(), id: 'other' };
		expect(sharedItemIds([a])).toEqual([]);
		expect(sharedItemIds([a, b]).map((s) => s.itemId)).toEqual(['GOV-01', 'GOV-02', 'GOV-CTRL-01', 'BCP-01']);
		expect(sharedItemIds([a, b])[0].checklistIds).toEqual(['test-list', 'other']);
	});
});
