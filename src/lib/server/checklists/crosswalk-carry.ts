/**
 * The crosswalk mappings for carrying a previous self-check forward: the
 * library's crosswalks (read again at most once a minute) resolved against
 * the editions the previous and the new self-check pin.
 */
import type PocketBase from 'pocketbase';
import { flattenItems } from '$lib/domain/checklists/flatten';
import { carryMappings, type CarryMapping, type PinnedEdition } from '$lib/domain/checklists/crosswalk/resolve';
import type { LoadedCrosswalk } from '$lib/domain/checklists/crosswalk/lint';
import { readPinned } from '$lib/server/selfcheck/pinned';
import { loadCrosswalks } from './crosswalks';

const TTL_MS = 60_000;
let cached: { at: number; loading: Promise<LoadedCrosswalk[]> } | null = null;

/** The valid crosswalk files (invalid ones are logged and left out; `npm run checklists:check` names them). */
export function libraryCrosswalks(): Promise<LoadedCrosswalk[]> {
	if (!cached || Date.now() - cached.at > TTL_MS) {
		const loading = loadCrosswalks().then(({ crosswalks, problems }) => {
			for (const p of problems) console.warn(`[crosswalks] ${p.file}: ${p.field} ${p.message}`);
			return crosswalks;
		});
		cached = { at: Date.now(), loading };
		loading.catch(() => (cached = null));
	}
	return cached.loading;
}

async function editions(pb: PocketBase, ids: readonly string[]): Promise<PinnedEdition[]> {
	return (await readPinned(pb, ids)).map(({ head, checklist }) => ({
		checklistId: head.checklist_id,
		version: head.version,
		itemIds: new Set(flattenItems(checklist).map((f) => f.item.id))
	}));
}

/** Mappings from the previous self-check's editions to the pinned ids of the new one. */
export async function mappingsForCarry(pb: PocketBase, previousId: string, pinnedIds: readonly string[]): Promise<CarryMapping[]> {
	const previous = await pb.collection('assessments').getOne<{ checklists: string[] }>(previousId, { fields: 'checklists' });
	const crosswalks = (await libraryCrosswalks()).map((c) => c.crosswalk);
	return carryMappings(crosswalks, await editions(pb, previous.checklists), await editions(pb, pinnedIds));
}
