/**
 * The page of items the answering page shows: the items matching the filter,
 * a page at a time. The page number, the filter, an item to keep in view and
 * an item to go to all come from the URL, so every step works without
 * JavaScript. Pure.
 */
import { EMPTY_FILTER, filterParams, matchesFilter, parseFilter, searchTerms, type ItemFilter, type ItemState } from './filter';
import type { AssessmentItem } from './types';

/** Items per page. */
export const PAGE_SIZE = 30;

export interface WindowRequest {
	filter: ItemFilter;
	/** 1-based. */
	page: number;
	/** An item shown whether or not it matches the filter (the one just saved without JavaScript). */
	keep: string;
	/** An item to show: the page it is on, the filter cleared if it hides the item. */
	at: string;
}

export function parseWindow(params: URLSearchParams): WindowRequest {
	const page = Math.floor(Number(params.get('page')));
	return {
		filter: parseFilter(params),
		page: Number.isFinite(page) && page >= 1 ? page : 1,
		keep: params.get('keep') ?? '',
		at: params.get('at') ?? ''
	};
}

export interface ItemWindow<T> {
	/** The items on this page. */
	items: T[];
	/** Index of the first of them among the matching items. */
	start: number;
	/** Items matching the filter. */
	matching: number;
	/** All items. */
	total: number;
	page: number;
	pages: number;
	/** The filter applied (cleared when `at` named an item it hides). */
	filter: ItemFilter;
}

/** The query string of a page of the list under a filter (page 1 is left out). */
export function windowQuery(filter: ItemFilter, page: number): string {
	const params = filterParams(filter);
	if (page > 1) params.set('page', String(page));
	return params.toString();
}

export function itemWindow<T extends AssessmentItem>(
	items: readonly T[],
	stateOf: (item: T) => ItemState,
	request: WindowRequest,
	size = PAGE_SIZE
): ItemWindow<T> {
	const select = (filter: ItemFilter) => {
		const terms = searchTerms(filter.q);
		return items.filter((item) => item.key === request.keep || matchesFilter(item, stateOf(item), filter, terms));
	};
	let filter = request.filter;
	let matching = select(filter);
	let page = request.page;
	if (request.at) {
		let index = matching.findIndex((i) => i.key === request.at);
		if (index < 0 && items.some((i) => i.key === request.at)) {
			filter = { ...EMPTY_FILTER };
			matching = select(filter);
			index = matching.findIndex((i) => i.key === request.at);
		}
		if (index >= 0) page = Math.floor(index / size) + 1;
	}
	const pages = Math.max(1, Math.ceil(matching.length / size));
	page = Math.min(page, pages);
	const start = (page - 1) * size;
	return { items: matching.slice(start, start + size), start, matching: matching.length, total: items.length, page, pages, filter };
}
