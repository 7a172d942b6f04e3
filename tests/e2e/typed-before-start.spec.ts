/**
 * What a person types before the page's JavaScript has started is kept when it starts
 * (src/lib/components/typed-before-start.ts): Svelte's hydration writes `value={…}` back
 * into the field otherwise, and the log-in form would lose the e-mail just typed.
 */
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, hydrated } from './support';

test('an e-mail typed before the log-in page has hydrated is still there, and logging in works', async ({ page }) => {
	const pageErrors: Error[] = [];
	page.on('pageerror', (e) => pageErrors.push(e));
	// hold the page's scripts back, as a slow connection would
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	// the page's module scripts hold back DOMContentLoaded too: wait only for the form to be there
	await page.goto('/login', { waitUntil: 'commit' });
	await expect(page.getByLabel(/メールアドレス|E-mail/)).toBeVisible();
	await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
	await page.getByLabel(/メールアドレス|E-mail/).fill(DEMO.security);
	await page.getByLabel(/パスワード|Password/).fill(DEMO_PASSWORD);
	release();
	await hydrated(page);
	await expect(page.getByLabel(/メールアドレス|E-mail/)).toHaveValue(DEMO.security);
	await expect(page.getByLabel(/パスワード|Password/)).toHaveValue(DEMO_PASSWORD);
	await page
		.locator('main')
		.getByRole('button', { name: /ログイン|Log in/ })
		.click();
	await expect(page).not.toHaveURL(/\/login/);
	expect(pageErrors).toEqual([]);
});
