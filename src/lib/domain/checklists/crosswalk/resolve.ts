/**
 * Which crosswalks apply when a self-check is carried forward, and the
 * per-source mappings the carry-forward hook (pb_hooks/lib/copy-answers.js)
 * follows. Pure: no I/O.
 */
import type { Localized } from '../schema';
import type { Crosswalk } from './schema';

/** A checklist edition pinned by a self-check, with its item ids. */
export interface PinnedEdition {
	checklistId: string;
	version: string;
	itemIds: ReadonlySet<string>;
}

export interface ItemRef {
	checklist_id: string;
	item_id: string;
}

/** One source item and where its answer goes, as the hook receives it. */
export interface CarryMapping {
	crosswalk: string;
	from: ItemRef;
	/** Targets that exist in the new self-check (may be empty: removed). */
	to: ItemRef[];
	/** A crosswalk within one checklist replaces the same-id match for the items it lists. */
	replaces_identity: boolean;
	note: Localized;
}

const matches = (edition: Crosswalk['from'], pinned: PinnedEdition): boolean =>
	edition.checklist === pinned.checklistId && (edition.version === undefined || edition.version === pinned.version);

/** The crosswalks from an edition the previous self-check pinned to one the new self-check pins (never an edition to itself). */
export function applicableCrosswalks(
	crosswalks: readonly Crosswalk[],
	previous: readonly PinnedEdition[],
	next: readonly PinnedEdition[]
): { crosswalk: Crosswalk; from: PinnedEdition; to: PinnedEdition }[] {
	const out: { crosswalk: Crosswalk; from: PinnedEdition; to: PinnedEdition }[] = [];
	for (const crosswalk of crosswalks) {
		const from = previous.find((p) => matches(crosswalk.from, p));
		const to = next.find((n) => matches(crosswalk.to, n));
		if (!from || !to) continue;
		if (from.checklistId === to.checklistId && from.version === to.version) continue;
		out.push({ crosswalk, from, to });
	}
	return out;
}

/** Every mapping of the applicable crosswalks whose source item the previous self-check had. */
export function carryMappings(
	crosswalks: readonly Crosswalk[],
	previous: readonly PinnedEdition[],
	next: readonly PinnedEdition[]
): CarryMapping[] {
	const out: CarryMapping[] = [];
	for (const { crosswalk, from, to } of applicableCrosswalks(crosswalks, previous, next)) {
		const sameChecklist = from.checklistId === to.checklistId;
		for (const mapping of crosswalk.mappings) {
			const targets = mapping.to.filter((id) => to.itemIds.has(id)).map((id) => ({ checklist_id: to.checklistId, item_id: id }));
			for (const source of mapping.from) {
				if (!from.itemIds.has(source)) continue;
				out.push({
					crosswalk: crosswalk.id,
					from: { checklist_id: from.checklistId, item_id: source },
					to: targets,
					replaces_identity: sameChecklist,
					note: mapping.note
				});
			}
		}
	}
	return out;
}
