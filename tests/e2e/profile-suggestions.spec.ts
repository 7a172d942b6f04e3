// The 2009 plan's named critical services as suggestions for the services
// register (seed 001 別紙1/別紙2), and where the verification level comes from.
import { expect, test } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

test('the profile suggests the sector’s critical services with their legal basis, and registers one', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-profile').click();
	await expect(page.getByText('2009年2月の「重要インフラの情報セキュリティ対策に係る第2次行動計画」別紙2')).toBeVisible();
	const panel = page.getByTestId('service-suggestions');
	await panel.locator('summary').click();
	await expect(panel).toContainText('一般電気事業者、日本原子力発電(株)及び電源開発(株)');
	await expect(panel).toContainText('電力プラントの安全運用に対する支障');
	const suggestion = panel.getByTestId('service-suggestion').filter({ hasText: '一般電気事業' });
	await expect(suggestion).toContainText('電気事業法 第2条・第18条');
	await suggestion.getByTestId('register-suggestion').click();
	await expect(suggestion).toContainText('登録済み');
	await expect(page.locator('table').filter({ hasText: '一般電気事業' }).first()).toContainText('分野の検証レベル（参考）');
});
