// Importing checklists from real files through the web form: a Shift_JIS CSV
// as Excel in Japan saves it (Japanese headers, a title row, an extra
// column), the full NIST SP 800-53 rev. 5 catalog, a file over the limit
// (refused before upload); and deleting an import nobody uses.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, hydrated, login, openDemoOrg } from './support';

test.describe.configure({ mode: 'serial' });

async function openChecklists(page: Page): Promise<void> {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	const base = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
	await page.goto(`${base}/selfcheck/checklists`);
	await hydrated(page);
}

async function fill(page: Page, file: string, id: string, version: string): Promise<void> {
	await page.getByTestId('import-file').setInputFiles(file);
	await page.getByTestId('import-id').fill(id);
	await page.getByTestId('import-version').fill(version);
}

test('a Shift_JIS CSV from Excel imports with its Japanese intact, and an unused import can be deleted', async ({ page }) => {
	await openChecklists(page);
	await expect(page.getByTestId('import-form')).toContainText('15 MB まで');
	await fill(page, 'tests/fixtures/checklists/excel-sjis.csv', 'e2e-sjis', '2027');
	await page.getByTestId('import-title-ja').fill('自社セキュリティ基準');
	await page.getByTestId('import-title-en').fill('Our security standard');
	await page.getByTestId('import-submit').click();
	await expect(page.getByTestId('import-ok')).toContainText('「自社セキュリティ基準」（3 項目）を取り込みました。');
	const notes = page.getByTestId('import-notes');
	await expect(notes).toContainText('文字コード Shift_JIS（CP932）のファイルとして読みました。');
	await expect(notes).toContainText('3 行目を見出し行として読みました');
	await expect(notes).toContainText('mamori が使わない列を読み飛ばしました: 備考');
	await page.screenshot({ path: 'test-results/import-sjis-1280.png' });

	await page.getByTestId('import-ok').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('自社セキュリティ基準');
	await expect(page.getByTestId('detail-item').first()).toContainText('経営層が基本方針を承認している');
	await expect(page.getByTestId('checklist-uses')).toHaveText('どの自己検証でも使われていません');
	await expectAccessible(page);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByTestId('delete-import-submit').click();
	await expect(page.getByTestId('import-deleted')).toBeVisible();
	await expect(page.locator('[data-testid=pinned-table]')).not.toContainText('自社セキュリティ基準');
});

test('the full NIST SP 800-53 rev. 5 catalog imports through the form, with parameters and labels written out', async ({ page }) => {
	test.setTimeout(180_000);
	await openChecklists(page);
	await fill(page, 'tests/fixtures/nist/NIST_SP-800-53_rev5_catalog.json', 'nist-sp-800-53-rev5', '');
	await page.getByTestId('import-rule').selectOption('enhancements-reference');
	await page.getByTestId('import-submit').click();
	await expect(page.getByTestId('import-busy')).toBeVisible();
	await expect(page.getByTestId('import-ok')).toContainText('1007 項目', { timeout: 150_000 });
	await expect(page.getByTestId('import-notes')).toContainText('取り下げられた管理策 182 件は取り込んでいません: AC-2(10)');
	await page.getByTestId('import-ok').getByRole('link').click();
	await expect(page.getByTestId('detail-count')).toHaveText('1007');
	await expect(page.locator('main')).not.toContainText('{{ insert');
	await expect(page.getByTestId('detail-item').filter({ hasText: 'AC-2(1) Automated System Account Management' })).toHaveCount(1);
	// leave the demo as it was
	await hydrated(page);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByTestId('delete-import-submit').click();
	await expect(page.getByTestId('import-deleted')).toBeVisible({ timeout: 60_000 });
});

test('a file over the limit is refused before it is sent', async ({ page }) => {
	await openChecklists(page);
	await page
		.getByTestId('import-file')
		.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(16 * 1024 * 1024, 0x20) });
	await expect(page.getByTestId('import-too-large')).toContainText('取り込めるのは 15 MB まで');
	await page.setViewportSize({ width: 375, height: 800 });
	await page.getByTestId('import-file').scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/import-form-375.png' });
});
