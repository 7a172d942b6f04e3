/**
 * The "what changed" panels of a library checklist's page: every crosswalk
 * from an older edition of this checklist (to its current edition, or to
 * another checklist that took items over), with the new items' titles; then
 * the mappings of this edition to outside standards (NIST SP 800-53).
 */
import { editionChanges, type EditionChange } from '$lib/domain/checklists/crosswalk/changes';
import type { Checklist, Localized } from '$lib/domain/checklists/schema';
import { libraryChecklists } from '$lib/server/selfcheck/pinning';
import { libraryCrosswalks } from './crosswalk-carry';

export interface EditionChangesView {
	id: string;
	/** A mapping of this edition to another standard (not a change between editions). */
	related: boolean;
	title: Localized;
	fromVersion: string;
	/** The checklist the items went to (this one, or another). */
	toChecklist: string;
	toTitle: Localized | null;
	toVersion: string;
	changes: EditionChange[];
}

export async function editionChangesFor(checklist: Pick<Checklist, 'id' | 'version'>): Promise<EditionChangesView[]> {
	const library = (await libraryChecklists()).map((c) => c.checklist);
	return (await libraryCrosswalks())
		.map((c) => c.crosswalk)
		.filter(
			(cw) =>
				cw.from.checklist === checklist.id &&
				(cw.from.version === undefined || cw.from.version !== checklist.version || !library.some((c) => c.id === cw.to.checklist))
		)
		.map((cw) => {
			const related = cw.from.version === checklist.version || cw.from.version === undefined;
			const target = library.find((c) => c.id === cw.to.checklist && (cw.to.version === undefined || c.version === cw.to.version)) ?? null;
			return {
				id: cw.id,
				related,
				title: cw.title,
				fromVersion: cw.from.version ?? '',
				toChecklist: cw.to.checklist,
				toTitle: target?.title ?? null,
				toVersion: cw.to.version ?? target?.version ?? '',
				changes: editionChanges(cw, target)
			};
		})
		.sort(
			(a, b) =>
				Number(a.related) - Number(b.related) ||
				Number(b.toChecklist === checklist.id) - Number(a.toChecklist === checklist.id) ||
				a.id.localeCompare(b.id)
		);
}
