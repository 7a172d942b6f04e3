/**
 * Paging of a long list shown a page at a time: which page the URL asks for,
 * the slice of that page, "n–m of N", and the query string of another page
 * with every other parameter (filters, search, view) kept. Pure.
 */

export const PER_PAGE = 30;

export interface Paging {
	/** 1-based, within 1…pages. */
	page: number;
	pages: number;
	perPage: number;
	total: number;
	/** 1-based positions of the first and last item shown (0 and 0 when the list is empty). */
	from: number;
	to: number;
}

/** The page asked for in `?page=`: a whole number ≥ 1, else 1. */
export function requestedPage(params: URLSearchParams): number {
	const n = Number(params.get('page'));
	return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The paging of `total` items; a page past the end shows the last page. */
export function pagingOf(total: number, page: number, perPage = PER_PAGE): Paging {
	const pages = Math.max(1, Math.ceil(total / perPage));
	const shown = Math.min(Math.max(1, Math.floor(page) || 1), pages);
	const from = total === 0 ? 0 : (shown - 1) * perPage + 1;
	return { page: shown, pages, perPage, total, from, to: Math.min(total, shown * perPage) };
}

/** The items of one page, and its paging. */
export function pageOf<T>(items: readonly T[], page: number, perPage = PER_PAGE): { items: T[]; paging: Paging } {
	const paging = pagingOf(items.length, page, perPage);
	return { items: items.slice(paging.from === 0 ? 0 : paging.from - 1, paging.to), paging };
}

/** The query string of page `page`, keeping every other parameter; page 1 drops `page`. */
export function pageQuery(search: string | URLSearchParams, page: number): string {
	const params = new URLSearchParams(search);
	if (page <= 1) params.delete('page');
	else params.set('page', String(page));
	const query = params.toString();
	return query ? `?${query}` : '?';
}

/** Page numbers to offer as links: the first, the last, and two either side of the current one; `null` marks a gap. */
export function pageLinks(paging: Pick<Paging, 'page' | 'pages'>): (number | null)[] {
	const wanted = new Set([1, paging.pages]);
	for (let p = paging.page - 2; p <= paging.page + 2; p++) if (p >= 1 && p <= paging.pages) wanted.add(p);
	const sorted = [...wanted].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	sorted.forEach((p, i) => {
		if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
		out.push(p);
	});
	return out;
}
