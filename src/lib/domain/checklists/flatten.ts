/** Walking a checklist's (possibly nested) sections. Pure: no I/O. */
import type { Checklist, ChecklistItem, ChecklistSection } from './schema';

export interface SectionEntry {
	section: ChecklistSection;
	/** The sections from the top level down to and including `section`. */
	path: readonly ChecklistSection[];
}

export interface FlatItem {
	item: ChecklistItem;
	/** The innermost section holding the item. */
	section: ChecklistSection;
	/** The sections from the top level down to and including `section`. */
	sectionPath: readonly ChecklistSection[];
}

/** Every section, depth first, in file order (a parent before its children). */
export function walkSections(checklist: Pick<Checklist, 'sections'>): SectionEntry[] {
	const out: SectionEntry[] = [];
	const visit = (section: ChecklistSection, parents: readonly ChecklistSection[]): void => {
		const path = [...parents, section];
		out.push({ section, path });
		for (const child of section.sections ?? []) visit(child, path);
	};
	for (const section of checklist.sections) visit(section, []);
	return out;
}

/**
 * Every item with its section path, in reading order: a section's own items
 * come before the items of its nested sections.
 */
export function flattenItems(checklist: Pick<Checklist, 'sections'>): FlatItem[] {
	return walkSections(checklist).flatMap(({ section, path }) => section.items.map((item) => ({ item, section, sectionPath: path })));
}

/** The section path as ids, e.g. ['GOV', 'GOV-EXEC']. */
export function sectionIds(flat: Pick<FlatItem, 'sectionPath'>): string[] {
	return flat.sectionPath.map((s) => s.id);
}

/** Looks an item up by its id (ids are unique within a valid checklist). */
export function findItem(checklist: Pick<Checklist, 'sections'>, itemId: string): FlatItem | undefined {
	return flattenItems(checklist).find((f) => f.item.id === itemId);
}

/** Item ids that appear in more than one of the checklists, with the checklists they appear in (in order). */
export function sharedItemIds(checklists: readonly Pick<Checklist, 'id' | 'sections'>[]): { itemId: string; checklistIds: string[] }[] {
	const where = new Map<string, string[]>();
	for (const checklist of checklists) {
		for (const { item } of flattenItems(checklist)) {
			const list = where.get(item.id) ?? [];
			if (!list.includes(checklist.id)) list.push(checklist.id);
			where.set(item.id, list);
		}
	}
	return [...where].filter(([, ids]) => ids.length > 1).map(([itemId, checklistIds]) => ({ itemId, checklistIds }));
}
