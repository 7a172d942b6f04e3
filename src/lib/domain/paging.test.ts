import { describe, expect, it } from 'vitest';
import { pageLinks, pageOf, pageQuery, pagingOf, requestedPage } from './paging';

describe('paging', () => {
	it('reads the page from the URL: whole numbers from 1, anything else is page 1', () => {
		for (const [q, page] of [
			['', 1],
			['page=3', 3],
			['page=0', 1],
			['page=-2', 1],
			['page=2.5', 1],
			['page=abc', 1]
		] as const)
			expect(requestedPage(new URLSearchParams(q)), q).toBe(page);
	});

	it('slices one page and says which items it shows; a page past the end shows the last one', () => {
		const items = Array.from({ length: 65 }, (_, i) => i + 1);
		const second = pageOf(items, 2);
		expect(second.items).toEqual(items.slice(30, 60));
		expect(second.paging).toEqual({ page: 2, pages: 3, perPage: 30, total: 65, from: 31, to: 60 });
		const far = pageOf(items, 9);
		expect([far.paging.page, far.paging.from, far.paging.to, far.items.length]).toEqual([3, 61, 65, 5]);
		expect(pageOf([], 4)).toEqual({ items: [], paging: { page: 1, pages: 1, perPage: 30, total: 0, from: 0, to: 0 } });
		expect(pagingOf(30, 1).pages).toBe(1);
		expect(pagingOf(31, 1).pages).toBe(2);
	});

	it('links to another page keep every other parameter', () => {
		expect(pageQuery('?view=due&category=disaster', 3)).toBe('?view=due&category=disaster&page=3');
		expect(pageQuery('?view=due&page=3', 1)).toBe('?view=due');
		expect(pageQuery('?page=2&q=%E8%A6%8F%E7%A8%8B', 4)).toBe('?page=4&q=%E8%A6%8F%E7%A8%8B');
		expect(pageQuery('', 1)).toBe('?');
	});

	it('offers the first, the last and the pages around the current one, with gaps', () => {
		expect(pageLinks({ page: 1, pages: 1 })).toEqual([1]);
		expect(pageLinks({ page: 1, pages: 4 })).toEqual([1, 2, 3, 4]);
		expect(pageLinks({ page: 6, pages: 12 })).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
		expect(pageLinks({ page: 12, pages: 12 })).toEqual([1, null, 10, 11, 12]);
	});
});
