/**
 * "What changed" in an edition, from its crosswalk and the new edition's
 * text: one row per mapping (kind, old ids, new items with titles, note),
 * then the items added without a predecessor. Pure: no I/O.
 */
import { flattenItems } from '../flatten';
import type { Checklist, Localized } from '../schema';
import { mappingKind } from './schema';
import type { Crosswalk, MappingKind } from './schema';

export interface EditionChange {
	kind: MappingKind | 'added';
	from: string[];
	to: { id: string; title: Localized | null }[];
	note: Localized | null;
}

export function editionChanges(crosswalk: Crosswalk, target: Pick<Checklist, 'sections'> | null): EditionChange[] {
	const titles = new Map(target ? flattenItems(target).map(({ item }) => [item.id, item.title] as const) : []);
	const ref = (id: string) => ({ id, title: titles.get(id) ?? null });
	const same = crosswalk.from.checklist === crosswalk.to.checklist;
	return [
		...crosswalk.mappings.map((m) => ({ kind: mappingKind(m, same), from: [...m.from], to: m.to.map(ref), note: m.note })),
		...crosswalk.added.map((id) => ({ kind: 'added' as const, from: [], to: [ref(id)], note: null }))
	];
}

/** For each target item id, the source ids that map to it (a reverse index for item cards). */
export function sourcesByTarget(crosswalk: Crosswalk): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const m of crosswalk.mappings) for (const t of m.to) out.set(t, [...(out.get(t) ?? []), ...m.from]);
	return out;
}
