/**
 * Reading pinned checklist copies. A pinned copy never changes (no update
 * rule), so its parsed content and the item views built from it are cached
 * by record id (heads too); a list query with the user's own token, or a
 * record the user was allowed to read that names them, still decides what
 * the user may see.
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

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
	cache.set(key, value);
	return value;
}

export interface PinnedChecklist {
	head: PinnedChecklistHead;
	checklist: Checklist;
}

const idFilter = (pb: PocketBase, ids: readonly string[]) =>
	ids.map((id, i) => pb.filter(`id = {:id${i}}`, { [`id${i}`]: id })).join(' || ');

/**
 * The pinned checklists with these ids that the user can see, in the order given.
 *
 * `readableIn`: the ids come from a record the user was just allowed to read
 * (an assessment) of this organisation. Pinned copies have the same read rule
 * (member of the organisation) and point into the same organisation, so copies
 * already cached are returned without asking PocketBase again; only copies not
 * cached yet are read (heads and content in one query).
 */
export async function readPinned(pb: PocketBase, ids: readonly string[], readableIn?: string): Promise<PinnedChecklist[]> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return [];
	const trusted = (id: string) => readableIn !== undefined && heads.get(id)?.organisation === readableIn && contents.has(id);
	let visible: Set<string>;
	if (unique.every(trusted)) visible = new Set(unique);
	else {
		const missing = unique.filter((id) => !contents.has(id) || !heads.has(id));
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
			if (!parsed.success) throw new Error(`pinned checklist ${record.id} does not match the checklist format`);
			const { content: _content, ...head } = record;
			remember(heads, record.id, head);
			remember(contents, record.id, parsed.data);
		}
		visible = new Set([...fresh, ...listed].map((r) => r.id));
	}
	return unique.flatMap((id) => {
		const head = heads.get(id);
		const checklist = contents.get(id);
		return visible.has(id) && head && checklist ? [{ head, checklist }] : [];
	});
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
