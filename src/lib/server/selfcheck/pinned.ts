/**
 * Reading pinned checklist copies. A pinned copy never changes (no update
 * rule), so its parsed content and the item views built from it are cached
 * by record id (heads too); a list query with the user's own token, or a
 * record the user was allowed to read that names them, still decides what
 * the user may see.
 *
 * A stored copy whose content does not match the checklist format (written
 * behind the application's back: create refuses it) is "unreadable": it is
 * reported, never thrown, so that one bad record cannot break the
 * organisation's pages; callers that would tell something untrue without it
 * (a report, a score) use `readPinned`, which refuses with
 * `UnreadableChecklistError`.
 */
import type PocketBase from 'pocketbase';
import { checklistSchema, type Checklist } from '$lib/domain/checklists/schema';
import type { Lang } from '$lib/i18n';
import { assessmentItems, type Applicant } from '$lib/domain/selfcheck/view/items';
import type { AssessmentItem, ItemView, SectionView } from '$lib/domain/selfcheck/view/types';
import { sectionKey } from '$lib/domain/selfcheck/view/types';
import { renderMarkdown } from './markdown';
import { HEAD_FIELDS } from './pinning';
import type { PinnedChecklistHead, PinnedChecklistRecord } from './records';

const MAX_CACHED = 200;
const contents = new Map<string, Checklist>();
const heads = new Map<string, PinnedChecklistHead>();
const views = new Map<string, { items: ItemView[]; sections: SectionView[] }>();
/** Heads of copies whose stored content is unreadable (it never changes either). */
const unreadableHeads = new Map<string, PinnedChecklistHead>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
	cache.set(key, value);
	return value;
}

export interface PinnedChecklist {
	head: PinnedChecklistHead;
	checklist: Checklist;
}

/** Some pinned checklists asked for have unreadable stored content. */
export class UnreadableChecklistError extends Error {
	constructor(readonly heads: PinnedChecklistHead[]) {
		super(`pinned checklist ${heads.map((h) => h.id).join(', ')} does not match the checklist format`);
		this.name = 'UnreadableChecklistError';
	}
}

export interface PinnedRead {
	pinned: PinnedChecklist[];
	/** Visible copies whose content cannot be read (in the order given). */
	unreadable: PinnedChecklistHead[];
}

const idFilter = (pb: PocketBase, ids: readonly string[]) =>
	ids.map((id, i) => pb.filter(`id = {:id${i}}`, { [`id${i}`]: id })).join(' || ');

/**
 * The pinned checklists with these ids that the user can see, in the order
 * given, and those of them whose stored content is unreadable.
 *
 * `readableIn`: the ids come from a record the user was just allowed to read
 * (an assessment) of this organisation. Pinned copies have the same read rule
 * (member of the organisation) and point into the same organisation, so copies
 * already cached are returned without asking PocketBase again; only copies not
 * cached yet are read (heads and content in one query).
 */
export async function readPinnedOrUnreadable(pb: PocketBase, ids: readonly string[], readableIn?: string): Promise<PinnedRead> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return { pinned: [], unreadable: [] };
	const known = (id: string) => heads.get(id) ?? unreadableHeads.get(id);
	const cachedContent = (id: string) => contents.has(id) || unreadableHeads.has(id);
	const trusted = (id: string) => readableIn !== undefined && known(id)?.organisation === readableIn && cachedContent(id);
	let visible: Set<string>;
	if (unique.every(trusted)) visible = new Set(unique);
	else {
		const missing = unique.filter((id) => !cachedContent(id) || !known(id));
		const cached = unique.filter((id) => !missing.includes(id));
		const [fresh, listed] = await Promise.all([
			missing.length > 0
				? pb
						.collection('checklists')
						.getFullList<PinnedChecklistRecord>({ filter: idFilter(pb, missing), fields: `${HEAD_FIELDS},content` })
				: Promise.resolve([]),
			cached.length > 0
				? pb.collection('checklists').getFullList<PinnedChecklistHead>({ filter: idFilter(pb, cached), fields: 'id' })
				: Promise.resolve([])
		]);
		for (const record of fresh) {
			const parsed = checklistSchema.safeParse(record.content);
			const { content: _content, ...head } = record;
			if (!parsed.success) {
				remember(unreadableHeads, record.id, head);
				continue;
			}
			remember(heads, record.id, head);
			remember(contents, record.id, parsed.data);
		}
		visible = new Set([...fresh, ...listed].map((r) => r.id));
	}
	const result: PinnedRead = { pinned: [], unreadable: [] };
	for (const id of unique) {
		if (!visible.has(id)) continue;
		const head = heads.get(id);
		const checklist = contents.get(id);
		const bad = unreadableHeads.get(id);
		if (head && checklist) result.pinned.push({ head, checklist });
		else if (bad) result.unreadable.push(bad);
	}
	return result;
}

/** The pinned checklists with these ids that the user can see; refuses (UnreadableChecklistError) if one is unreadable. */
export async function readPinned(pb: PocketBase, ids: readonly string[], readableIn?: string): Promise<PinnedChecklist[]> {
	const { pinned, unreadable } = await readPinnedOrUnreadable(pb, ids, readableIn);
	if (unreadable.length > 0) throw new UnreadableChecklistError(unreadable);
	return pinned;
}

/** Items without display text (for scores and comparisons). */
export function plainItems(pinned: readonly PinnedChecklist[], org: Applicant): AssessmentItem[] {
	return pinned.flatMap(({ head, checklist }) => assessmentItems(head.id, checklist, org).map(({ flat: _flat, ...item }) => item));
}

function buildView({ head, checklist }: PinnedChecklist, org: Applicant, lang: Lang) {
	const items: ItemView[] = assessmentItems(head.id, checklist, org).map(({ flat, ...item }) => ({
		...item,
		guidanceHtml: renderMarkdown(flat.item.guidance[lang]),
		evidence: flat.item.evidence_examples[lang],
		subsection: flat.sectionPath
			.slice(1)
			.map((s) => s.title[lang])
			.join(' › ')
	}));
	const sections: SectionView[] = checklist.sections.map((s) => ({
		key: sectionKey(checklist.id, s.id),
		checklistId: checklist.id,
		sectionId: s.id,
		title: s.title,
		checklistTitle: checklist.title
	}));
	return { items, sections };
}

/** Items with rendered guidance, and the top-level sections, of each pinned checklist. */
export function itemViews(pinned: readonly PinnedChecklist[], org: Applicant, lang: Lang): { items: ItemView[]; sections: SectionView[] } {
	const parts = pinned.map((p) => {
		const key = `${p.head.id}|${lang}|${org.sector}|${org.operatorClass}`;
		return views.get(key) ?? remember(views, key, buildView(p, org, lang));
	});
	return { items: parts.flatMap((p) => p.items), sections: parts.flatMap((p) => p.sections) };
}
