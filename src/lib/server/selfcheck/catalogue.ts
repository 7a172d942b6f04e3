/** The checklists page: the library with item counts, and the versions pinned to the organisation. */
import type PocketBase from 'pocketbase';
import { checklistApplies } from '$lib/domain/checklists/applicability';
import type { Checklist, Localized } from '$lib/domain/checklists/schema';
import { summarizeChecklist, type ChecklistSummary } from '$lib/domain/checklists/summary';
import type { OperatorClass, SectorCode } from '$lib/domain/sectors';
import { HEAD_FIELDS, libraryChecklists } from './pinning';
import { readPinnedOrUnreadable } from './pinned';
import type { PinnedChecklistHead } from './records';
import { unreadableHead } from './unreadable';

export interface CatalogueRow {
	/** Library id or pinned record id, for the link. */
	ref: string;
	title: Localized;
	summary: ChecklistSummary;
	applies: boolean;
	source?: 'library' | 'import';
	created?: string;
	sha?: string;
}

const row = (ref: string, checklist: Checklist, sector: SectorCode, cls: OperatorClass): CatalogueRow => ({
	ref,
	title: checklist.title,
	summary: summarizeChecklist(checklist),
	applies: checklistApplies(checklist, sector, cls)
});

export async function catalogue(pb: PocketBase, orgId: string, sector: SectorCode, cls: OperatorClass) {
	const library = (await libraryChecklists()).map(({ checklist }) => row(checklist.id, checklist, sector, cls));
	const heads = await pb.collection('checklists').getFullList<PinnedChecklistHead>({
		filter: pb.filter('organisation = {:o}', { o: orgId }),
		fields: HEAD_FIELDS,
		sort: 'checklist_id,-created'
	});
	const read = await readPinnedOrUnreadable(
		pb,
		heads.map((h) => h.id)
	);
	const pinned = read.pinned.map(({ head, checklist }) => ({
		...row(head.id, checklist, sector, cls),
		source: head.source,
		created: head.created,
		sha: head.content_sha256
	}));
	return { library, pinned, unreadable: read.unreadable.map(unreadableHead) };
}
