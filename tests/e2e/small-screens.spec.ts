// Every page at a phone's width (375 px) and on a desktop: no page-level
// sideways scrolling, the page's own heading on the first screen (the
// navigation folds away), and no serious or critical axe violation at
// either width. Screenshots of each page at both widths are kept in the
// test output (test-results/…) to be looked at.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, login, openDemoOrg } from './support';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Checks the page at both widths and keeps a screenshot of each. */
async function checkPage(page: Page, name: string, outputPath: (name: string) => string): Promise<void> {
	// the page title follows the page: it names what the heading names (or the error shown)
	const heading = ((await page.locator('h1').first().textContent()) ?? '').replace(/\s*\(\d+\)$/, '').trim();
	expect(await page.title(), `${name}: the title follows the page`).toContain(name === 'home' ? 'あなたの組織' : heading.split(/\s+/)[0]);
	for (const size of [DESKTOP, PHONE]) {
		await page.setViewportSize(size);
		await expect(page.locator('h1').first()).toBeVisible();
		const { overflow, offenders } = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			// the outermost elements that reach past the right edge, outside any box that scrolls itself
			const inScroller = (el: Element) => {
				for (let p = el.parentElement; p; p = p.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
				return false;
			};
			const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 1 && !inScroller(el));
			const outer = wide.filter((el) => !wide.includes(el.parentElement as Element) || el.parentElement === document.body);
			return {
				overflow: document.documentElement.scrollWidth - width,
				offenders: outer
					.slice(0, 5)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`)
			};
		});
		expect(overflow, `${name} scrolls sideways by ${overflow} px at ${size.width} px: ${offenders.join(', ')}`).toBeLessThanOrEqual(0);
		const box = await page.locator('h1').first().boundingBox();
		expect(box && box.y < size.height, `${name}: the heading is on the first screen at ${size.width} px`).toBe(true);
		await page.screenshot({ path: outputPath(`${name}-${size.width}.png`) });
		await expectAccessible(page);
	}
	await page.setViewportSize(DESKTOP);
}

async function orgId(page: Page): Promise<string> {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	return page.url().split('/')[4];
}

test('pages without an organisation: start, login, verification, new organisation, not found', async ({ page }, info) => {
	test.setTimeout(120_000);
	const out = (n: string) => info.outputPath(n);
	await page.goto('/');
	await checkPage(page, 'start', out);
	await page.goto('/login');
	await checkPage(page, 'login', out);
	await page.goto('/verify');
	await checkPage(page, 'verify', out);
	await login(page, DEMO.security);
	await page.goto('/');
	await checkPage(page, 'home', out);
	await page.goto('/orgs/new');
	await checkPage(page, 'orgs-new', out);
	await page.goto('/orgs/nosuchorganisat/profile');
	await checkPage(page, 'not-found', out);
});

const SECTIONS = ['profile', 'risks', 'selfcheck', 'selfcheck/checklists', 'plans', 'evidence', 'reports', 'audit', 'members'];

for (const section of SECTIONS) {
	test(`the ${section} section`, async ({ page }, info) => {
		const org = await orgId(page);
		await page.goto(`/orgs/${org}/${section}`);
		await checkPage(page, section.replace('/', '-'), (n) => info.outputPath(n));
	});
}

test('the answering page', async ({ page }, info) => {
	// a long page (every item of the year, each with its panels): axe takes its time at both widths
	test.setTimeout(300_000);
	const org = await orgId(page);
	await page.goto(`/orgs/${org}/selfcheck`);
	await page.getByTestId('assessment-link').first().click();
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await checkPage(page, 'answering', (n) => info.outputPath(n));
});

for (const kind of ['library', 'pinned'] as const) {
	test(`a ${kind} checklist page`, async ({ page }, info) => {
		test.setTimeout(180_000);
		const org = await orgId(page);
		await page.goto(`/orgs/${org}/selfcheck/checklists`);
		await page.locator(`a[href*="/checklists/${kind}/"]`).first().click();
		await page.waitForURL(new RegExp(`/checklists/${kind}/`));
		await checkPage(page, `${kind}-checklist`, (n) => info.outputPath(n));
	});
}

for (const javaScriptEnabled of [true, false]) {
	test(`on a phone the navigation is folded and opens with a tap (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
		const page = await context.newPage();
		await login(page, DEMO.security, undefined, { javaScript: javaScriptEnabled });
		await page.goto('/');
		await page.getByTestId('org-link').first().click();
		await expect(page).toHaveURL(/\/profile$/);
		const nav = page.getByRole('navigation', { name: 'メインナビゲーション' });
		await expect(nav.getByTestId('nav-selfcheck')).toBeHidden();
		await expect(page.getByTestId('nav-toggle')).toContainText('組織プロファイル');
		await page.getByTestId('nav-toggle').click();
		await nav.getByTestId('nav-selfcheck').click();
		await expect(page).toHaveURL(/\/selfcheck$/);
		await expect(nav.getByTestId('nav-selfcheck')).toBeHidden();
		await expect(page.getByTestId('nav-toggle')).toContainText('自己検証');
		await context.close();
	});
}
