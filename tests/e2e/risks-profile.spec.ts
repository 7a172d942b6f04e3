// Profile extension: a structured service level compared with the sector's
// verification level, a new upstream dependency linked to a system, and the
// interdependency table and diagram that follow from it.
import { expect, test } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

test('the security team flags a looser service level and registers a supplier that shows in the interdependency view', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-profile').click();

	const services = page.getByTestId('services');
	await expect(services.locator('tr', { hasText: '電力供給' }).getByTestId('level-comparison')).toHaveAttribute('data-kind', 'within');
	await services.locator('tr', { hasText: '電力供給' }).getByRole('button', { name: '編集' }).click();
	await expect(services.getByTestId('verification-reference')).toContainText('100,000kW以上・10分以上');
	await services.getByLabel('継続時間（分）').fill('三十');
	await services.getByRole('button', { name: '保存' }).click();
	await expect(services.getByLabel('継続時間（分）')).toHaveAttribute('aria-invalid', 'true');
	await expect(services.getByLabel('継続時間（分）')).toHaveValue('三十');
	await services.getByLabel('継続時間（分）').fill('30');
	await services.getByRole('button', { name: '保存' }).click();
	const comparison = services.locator('tr', { hasText: '電力供給' }).getByTestId('level-comparison');
	await expect(comparison).toHaveAttribute('data-kind', 'looser');
	await expect(comparison).toContainText('継続時間が検証レベルを超えています');

	const deps = page.getByTestId('dependencys');
	await deps.getByRole('button', { name: '依存関係を追加' }).click();
	await deps.getByLabel('事業者・供給者の名称').fill('北斗データセンター株式会社 第2センター');
	await deps.getByLabel('種別').selectOption('cloud');
	await deps.getByLabel('供給しているもの').fill('託送業務システムのバックアップ環境（ハウジング）');
	await deps.getByLabel('託送業務システム').check();
	await deps.getByRole('button', { name: '保存' }).click();
	await expect(deps.locator('tr', { hasText: '北斗データセンター' })).toContainText('託送業務システム');

	await expect(page.getByTestId('systems').locator('tr', { hasText: '託送業務システム' })).toContainText('北斗データセンター');
	const table = page.getByTestId('interdependency-table');
	await expect(table.locator('tr', { hasText: '北斗データセンター' }).first()).toContainText('託送・需給調整');
	await expect(
		page.getByTestId('interdependency-diagram').locator('[data-column=dependencies]', { hasText: '北斗データセンター' })
	).toHaveCount(1);
});
