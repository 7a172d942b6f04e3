// What the answering page loads in the browser (issue 14, client weight; the figure itself is
// measured by `npm run bench -- web`): no zod (the browser's answer check is hand-written, the
// server validates with zod), no message catalogue of other features (only the namespaces the
// page shows, src/lib/i18n/scopes/selfcheck.svelte.ts), and still no CSP violation or console
// error while answering, in Japanese and in English.
import { expect, test, type Page } from '@playwright/test';
import { plansIncidents } from '../../src/lib/i18n/messages/plans-incidents';
import { riskCriteria } from '../../src/lib/i18n/messages/risks-criteria';
import { selfcheckPage } from '../../src/lib/i18n/messages/selfcheck-page';
import { DEMO, login, openDemoOrg } from './support';

/** The longest text of a message namespace: a sentence found nowhere else. */
function longestText(messages: object): string {
	let longest = '';
	const walk = (value: unknown) => {
		if (typeof value === 'string' && value.length > longest.length) longest = value;
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(messages);
	return longest;
}

/** The JavaScript the current document loaded (its resource timing entries, cached ones too). */
async function scriptsOf(page: Page): Promise<string[]> {
	const urls = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((name) => new URL(name).pathname.endsWith('.js'))
	);
	return Promise.all(urls.map(async (url) => (await page.request.get(url)).text()));
}

/** Every console error, page error or CSP violation. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text().slice(0, 200)}`);
	});
	return problems;
}

async function openAnsweringPage(page: Page): Promise<void> {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-selfcheck').click();
	await page.getByTestId('current-selfcheck').getByRole('link').first().click();
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
}

test('the answering page loads neither zod nor other features’ messages, and answers without CSP errors in both languages', async ({
	page
}) => {
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	const problems = watch(page);
	await openAnsweringPage(page);
	// loaded on its own, in a new tab (not reached through other pages, and with no link hovered:
	// hovering a link loads that page's code ahead, which would count too)
	const fresh = await page.context().newPage();
	await fresh.goto(page.url());
	await expect(fresh.locator('[data-testid=item-list][data-ready]')).toBeVisible();

	// The page's own scripts: the answering messages are there, zod and other features' are not.
	const scripts = await scriptsOf(fresh);
	const code = scripts.join('\n');
	await fresh.close();
	expect(scripts.length).toBeGreaterThan(5);
	expect(code).toContain(longestText(selfcheckPage.ja.page));
	expect(code, 'zod').not.toContain('ZodError');
	expect(code, 'incident messages').not.toContain(longestText(plansIncidents.ja));
	expect(code, 'risk criteria messages').not.toContain(longestText(riskCriteria.ja));

	// The browser's own check still stops an answer that needs a justification, with the server's
	// message, before anything is sent (nothing is saved: leaving the page drops the draft).
	page.on('dialog', (dialog) => void dialog.accept());
	const withoutJustification = () =>
		page
			.locator('[data-testid=item][data-status=implemented]')
			.filter({ has: page.locator('textarea[name=justification]:empty') })
			.first();
	await withoutJustification().locator('input[name=status][value=alternative]').check({ force: true });
	await expect(page.getByTestId('answer-error').first()).toContainText('代替策の内容');

	// English: the same page, its messages from the same scope.
	await page.getByTestId('language-switch').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await withoutJustification().locator('input[name=status][value=not_applicable]').check({ force: true });
	await expect(page.getByTestId('answer-error').first()).toContainText('Explain why this item does not apply');
	await page.getByTestId('language-switch').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	expect(problems).toEqual([]);
});
