/**
 * What the answering page sends to the browser: the page of items it shows
 * (filtered here, on the server) with their answers, evidence and risks, and
 * counts for everything else (progress, scores, year-on-year comparison,
 * how many items match). Nothing about the items off the page is sent, so
 * the page data does not grow with the number of items.
 */
import type { ItemEvidenceData } from '$lib/domain/evidence/links';
import { targetKey } from '$lib/domain/evidence/targets';
import { htmlText, normalizeSearch, type ItemState } from '$lib/domain/selfcheck/view/filter';
import { tallyItems, type TallyItem } from '$lib/domain/selfcheck/view/tally';
import type { ItemView } from '$lib/domain/selfcheck/view/types';
import { itemWindow, parseWindow } from '$lib/domain/selfcheck/view/window';
import type { RelyingRisk } from '$lib/server/risks/relying';
import type { loadAssessmentPage } from './assessment';

type LoadedPage = Awaited<ReturnType<typeof loadAssessmentPage>>;

/** Search text per item view (the views are cached, so is this). */
const haystacks = new WeakMap<ItemView, string>();
function haystackOf(i: ItemView): string {
	let text = haystacks.get(i);
	if (text === undefined) {
		text = normalizeSearch(`${i.itemId} ${i.title.ja} ${i.title.en} ${i.subsection} ${htmlText(i.guidanceHtml)} ${i.evidence.join(' ')}`);
		haystacks.set(i, text);
	}
	return text;
}

function only<T>(record: Record<string, T>, keys: Iterable<string>): Record<string, T> {
	const out: Record<string, T> = {};
	for (const key of keys) if (key in record) out[key] = record[key];
	return out;
}

export interface CommentItem {
	itemId: string;
	pinnedId: string;
	title: { ja: string; en: string };
}

export function answeringWindow(
	loaded: LoadedPage,
	evidence: ItemEvidenceData,
	relying: Record<string, RelyingRisk[]>,
	params: URLSearchParams
) {
	const { items, answers, comments, previous, notesHtml, assessment, ...rest } = loaded;
	const commented = new Set(comments.map((c) => c.key).filter((k) => k !== ''));
	const stateOf = (item: ItemView): ItemState => ({
		status: answers[item.key]?.status ?? 'unanswered',
		owner: answers[item.key]?.owner ?? '',
		carriedOver: !!answers[item.key]?.carriedOver,
		commented: commented.has(item.key),
		haystack: haystackOf(item)
	});
	const window = itemWindow(items, stateOf, parseWindow(params));

	const before = previous ? new Map(previous.answers.map((a) => [`${a.checklistId}:${a.itemId}`, a.status])) : null;
	const counted = (item: ItemView): TallyItem => ({
		sectionKey: item.sectionKey,
		group: item.group,
		status: answers[item.key]?.status ?? 'unanswered',
		unconfirmed: !!answers[item.key]?.carriedOver,
		...(before ? { previous: before.get(`${item.checklistId}:${item.itemId}`) ?? null } : {})
	});

	const shown = window.items.map((i) => i.key);
	const byKey = new Map(items.map((i) => [i.key, i]));
	const commentItems: Record<string, CommentItem> = {};
	for (const key of commented) {
		const item = byKey.get(key);
		if (item) commentItems[key] = { itemId: item.itemId, pinnedId: item.pinnedId, title: item.title };
	}
	const targets = shown.map((part) => targetKey({ type: 'selfcheck_item', id: assessment.id, part }));
	const owners = [...new Set(Object.values(answers).map((a) => a.owner.trim()))].filter((o) => o !== '').sort();

	return {
		...rest,
		assessment,
		items: window.items,
		window: {
			start: window.start,
			matching: window.matching,
			total: window.total,
			page: window.page,
			pages: window.pages,
			filter: window.filter
		},
		/** How each shown item counts in `tally` (the browser moves it when its answer changes). */
		counted: Object.fromEntries(window.items.map((i) => [i.key, counted(i)])),
		tally: tallyItems(items.map(counted), !!previous),
		answers: only(answers, shown),
		notesHtml: only(notesHtml, shown),
		comments,
		commentItems,
		owners,
		previous: previous && { id: previous.id, fiscalYear: previous.fiscalYear, revision: previous.revision, status: previous.status },
		itemEvidence: {
			...evidence,
			linked: only(evidence.linked, targets),
			requests: only(evidence.requests, targets),
			findings: only(evidence.findings, targets)
		},
		relyingRisks: only(
			relying,
			window.items.map((i) => `${i.checklistId}:${i.itemId}`)
		)
	};
}
