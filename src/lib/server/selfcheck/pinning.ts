/**
 * The checklist library (checklists/*.yaml) and pinning: a self-check never
 * refers to library files directly but to an immutable `checklists` record,
 * a copy of one checklist version made for the organisation. Pinning is
 * find-or-create by (organisation, checklist_id, version), done with the
 * signed-in security user's own token.
 */
import type PocketBase from 'pocketbase';
import { checklistApplies } from '$lib/domain/checklists/applicability';
import type { Checklist } from '$lib/domain/checklists/schema';
import type { OperatorClass, SectorCode } from '$lib/domain/sectors';
import { loadChecklistLibrary, type LoadedChecklist } from '$lib/server/checklists/library';
import type { PinnedChecklistHead, PinnedChecklistRecord } from './records';

const LIBRARY_TTL_MS = 60_000;
let cached: { at: number; loading: Promise<LoadedChecklist[]> } | null = null;

/** The valid library checklists; read again at most once a minute. */
export function libraryChecklists(): Promise<LoadedChecklist[]> {
	if (!cached || Date.now() - cached.at > LIBRARY_TTL_MS) {
		const loading = loadChecklistLibrary().then((library) => {
			for (const problem of library.problems) console.warn(`[checklists] ${problem.file}: ${problem.field} ${problem.message}`);
			return library.checklists;
		});
		cached = { at: Date.now(), loading };
		loading.catch(() => (cached = null));
	}
	return cached.loading;
}

export async function libraryChecklist(id: string): Promise<Checklist | undefined> {
	return (await libraryChecklists()).find((c) => c.checklist.id === id)?.checklist;
}

/** Library checklists that apply to an organisation: cross-sector plus its sector supplement. */
export function applicableLibrary(library: readonly LoadedChecklist[], sector: SectorCode, operatorClass: OperatorClass): Checklist[] {
	return library.map((c) => c.checklist).filter((c) => checklistApplies(c, sector, operatorClass));
}

export const HEAD_FIELDS = 'id,organisation,checklist_id,version,title,content_sha256,source,created';

async function findPinned(
	pb: PocketBase,
	organisation: string,
	checklist: Pick<Checklist, 'id' | 'version'>
): Promise<PinnedChecklistHead | null> {
	const found = await pb.collection('checklists').getList<PinnedChecklistHead>(1, 1, {
		filter: pb.filter('organisation = {:o} && checklist_id = {:c} && version = {:v}', {
			o: organisation,
			c: checklist.id,
			v: checklist.version
		}),
		fields: HEAD_FIELDS
	});
	return found.items[0] ?? null;
}

/** The pinned copy of a library checklist version, created when missing. */
export async function pinChecklist(
	pb: PocketBase,
	organisation: string,
	checklist: Checklist,
	source: 'library' | 'import' = 'library'
): Promise<PinnedChecklistHead> {
	const existing = await findPinned(pb, organisation, checklist);
	if (existing) return existing;
	try {
		return await pb
			.collection('checklists')
			.create<PinnedChecklistRecord>(
				{ organisation, checklist_id: checklist.id, version: checklist.version, title: checklist.title, content: checklist, source },
				{ fields: HEAD_FIELDS }
			);
	} catch (error) {
		// Someone pinned the same version at the same moment: use theirs.
		const raced = await findPinned(pb, organisation, checklist);
		if (raced) return raced;
		throw error;
	}
}

export class UnknownChecklistError extends Error {
	constructor(readonly checklistId: string) {
		super(`unknown library checklist: ${checklistId}`);
	}
}

/** Pins the named library checklists (current library version) and returns the record ids, in order. */
export async function pinLibraryChecklists(pb: PocketBase, organisation: string, ids: readonly string[]): Promise<string[]> {
	const library = await libraryChecklists();
	const pinned: string[] = [];
	for (const id of ids) {
		const checklist = library.find((c) => c.checklist.id === id)?.checklist;
		if (!checklist) throw new UnknownChecklistError(id);
		pinned.push((await pinChecklist(pb, organisation, checklist)).id);
	}
	return pinned;
}
