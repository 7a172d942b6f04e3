import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'mamori-demo-2026';
export const DEMO = {
	admin: 'admin@demo.example',
	security: 'security@demo.example',
	executive: 'executive@demo.example',
	auditor: 'auditor@demo.example'
} as const;
export const DEMO_ORG = '【デモ】東都電力ネットワーク株式会社';
export const DEMO_WATER = '【デモ】港北水道企業団';

export async function login(page: Page, email: string, password = DEMO_PASSWORD, { javaScript = true } = {}): Promise<void> {
	await page.goto('/login');
	// with JavaScript: wait until it has taken over, so that the enhanced form is what is tested
	if (javaScript) await hydrated(page);
	await page.getByLabel(/メールアドレス|E-mail/).fill(email);
	await page.getByLabel(/パスワード|Password/).fill(password);
	await page
		.locator('main')
		.getByRole('button', { name: /ログイン|Log in/ })
		.click();
	await expect(page).not.toHaveURL(/\/login/);
}

export async function openDemoOrg(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByTestId('org-link').filter({ hasText: DEMO_ORG }).click();
	await expect(page).toHaveURL(/\/orgs\/[a-z0-9]{15}\//);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Waits until the page's JavaScript has taken over (src/routes/+layout.svelte marks it). */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}
