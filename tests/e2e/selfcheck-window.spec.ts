// The answering page sends the page of items it shows, not every item: the
// HTML and the page data carry 30 items and their answers; the rest is a
// link away (plain links without JavaScript, replaced in place with it), and
// the counts above the list still cover every item. The evidence picker's
// list is read when it is opened, or rendered for one item with `?pick=`.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, login, openDemoOrg } from './support';

const PAGE = 30;

async function openDraft(page: Page): Promise<string> {
	await openDemoOrg(page);
	await page.getByTestId('nav-selfcheck').click();
	await page.locator('[data-testid="assessment-row"][data-status="draft"]').first().getByTestId('assessment-link').click();
	await expect(page.getByTestId('item').first()).toBeVisible();
	return page.url().split(/[?#]/)[0];
}

const keys = (page: Page) => page.getByTestId('item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));

/** How often each item's own data (its guidance; who saved its answer) appears in what the server sent. */
function itemsIn(text: string): { items: number; answers: number } {
	return { items: text.match(/guidanceHtml/g)?.length ?? 0, answers: text.match(/updatedBy/g)?.length ?? 0 };
}

test('the page and its data carry only the items shown; the next page is a link, the counts cover every item', async ({ page }) => {
	await login(page, DEMO.security);
	const url = await openDraft(page);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	const total = Number(await page.getByTestId('filter-count').getAttribute('data-shown'));
	expect(total).toBeGreaterThan(2 * PAGE);
	const first = await keys(page);
	expect(first).toHaveLength(PAGE);
	// progress counts every item, not the page
	await expect(page.getByTestId('score-summary').getByTestId('progress')).toContainText(`${total}`);

	// what the server sends for the first page: HTML with its hydration data, and the data of a client-side navigation
	const html = await (await page.request.get(url)).text();
	const data = await (await page.request.get(`${url}/__data.json`)).text();
	for (const sent of [html, data]) {
		const found = itemsIn(sent);
		expect(found.items).toBeLessThanOrEqual(PAGE);
		expect(found.answers).toBeLessThanOrEqual(PAGE);
	}

	// the next page replaces the list in place and names its place in the URL
	await page.getByTestId('more-items').first().click();
	await expect(page).toHaveURL(/[?&]page=2/);
	await expect.poll(async () => (await keys(page))[0]).not.toBe(first[0]);
	const second = await keys(page);
	expect(second).toHaveLength(PAGE);
	expect(second.filter((k) => first.includes(k))).toEqual([]);
	await expect(page.getByTestId('page-range').first()).toContainText(`${PAGE + 1}〜${2 * PAGE}`);
	// none of the second page's items were in the first page's data (reference items are also listed on the
	// adoption panel, commented ones on the review panel: left out here)
	const own = await page
		.locator('[data-testid=item]:not(:has([data-classification=reference])):not(:has([data-testid=item-comment]))')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
	expect(own.length).toBeGreaterThan(PAGE / 2);
	for (const key of own) {
		expect(html).not.toContain(key);
		expect(data).not.toContain(key);
	}

	// k on the first item of a page goes back to the previous page, to its last item
	await page.getByTestId('item').first().focus();
	await page.keyboard.press('k');
	await expect(page).not.toHaveURL(/[?&]page=2/);
	await expect(page.getByTestId('item').last()).toBeFocused();
	// j past the last item goes on to the next page
	await page.keyboard.press('j');
	await expect(page).toHaveURL(/[?&]page=2/);
	await expect(page.getByTestId('item').first()).toBeFocused();
	await expectAccessible(page);
});

test('answering on the second page moves the counts of every item', async ({ page }) => {
	await login(page, DEMO.security);
	const url = await openDraft(page);
	await page.goto(`${url}?page=2`);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	const progress = page.getByTestId('score-summary').getByTestId('progress');
	const before = Number(await progress.getAttribute('data-answered'));
	const answered = page.locator('[data-testid=item]:not([data-status=unanswered])').first();
	const key = (await answered.getAttribute('data-key')) ?? '';
	const status = (await answered.getAttribute('data-status')) ?? '';
	const card = page.locator(`[data-testid=item][data-key="${key}"]`);
	const choose = async (value: string) => {
		await card.locator(`label.status:has(input[value="${value}"])`).click();
		await expect(card.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	};
	await choose('unanswered');
	await expect(progress).toHaveAttribute('data-answered', String(before - 1));
	// and the server counts it too
	await page.goto(url);
	await expect(page.getByTestId('score-summary').getByTestId('progress')).toHaveAttribute('data-answered', String(before - 1));
	await page.goto(`${url}?page=2`);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await choose(status);
	await expect(progress).toHaveAttribute('data-answered', String(before));
});

test('the evidence picker reads its list when opened', async ({ page }) => {
	await login(page, DEMO.security);
	await openDraft(page);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await expect(page.getByTestId('evidence-choice')).toHaveCount(0);
	const item = page.getByTestId('item').nth(1);
	const reads = page.waitForResponse((r) => r.url().endsWith('/evidence-choices') && r.status() === 200);
	await item.getByTestId('evidence-picker').locator('summary').click();
	await reads;
	await expect(item.getByTestId('evidence-choice').first()).toBeVisible();
	// only the opened picker has its list
	await expect(page.getByTestId('evidence-choice')).toHaveCount(await item.getByTestId('evidence-choice').count());
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('pages, filters and one open evidence picker work as plain links and forms', async ({ page }) => {
		await login(page, DEMO.security, undefined, { javaScript: false });
		const url = await openDraft(page);
		const first = await keys(page);
		expect(first).toHaveLength(PAGE);
		await expect(page.getByTestId('evidence-choice')).toHaveCount(0);
		await page.getByTestId('more-items').first().click();
		await expect(page).toHaveURL(/[?&]page=2/);
		const second = await keys(page);
		expect(second.filter((k) => first.includes(k))).toEqual([]);

		// the filter form is a GET form: the server filters
		await page.getByTestId('filter-search').fill(second[0].split(':').slice(1).join(':'));
		await page.getByRole('button', { name: '絞り込む' }).click();
		await expect(page).toHaveURL(/[?&]q=/);
		await expect(page.getByTestId('item').first()).toHaveAttribute('data-key', second[0]);

		// ?pick= renders that item's picker open with its list, and only that one
		await page.goto(`${url}?pick=${encodeURIComponent(first[2])}`);
		await expect(page.locator('[data-testid=evidence-picker][open]')).toHaveCount(1);
		const picked = page.locator(`[data-testid=item][data-key="${first[2]}"]`);
		await expect(picked.locator('[data-testid=evidence-picker][open]')).toHaveCount(1);
		expect(await page.getByTestId('evidence-choice').count()).toBe(await picked.getByTestId('evidence-choice').count());
	});
});
