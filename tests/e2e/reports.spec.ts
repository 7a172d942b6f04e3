// Reports: produce the self-check PDF from the UI with a progress indicator,
// download it, and verify it — untouched, with one changed byte, and after
// the data behind it changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

test.describe.configure({ mode: 'serial' });

let downloaded = '';

test('the auditor produces the signed report with visible progress and downloads it', async ({ page }, info) => {
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-reports').click();
	const signed = page.locator('#r-target').locator('option', { hasText: '署名済み' }).first();
	await page.locator('#r-target').selectOption(await signed.getAttribute('value'));
	await page.getByTestId('generate').click();
	await expect(page.getByTestId('report-progress')).toBeVisible();
	await expect(page.getByTestId('generated-notice')).toContainText(/報告書 MR-\d{4}-[A-Z2-7]{8} を作成しました/, { timeout: 30_000 });
	const reportId = (await page.getByTestId('generated-notice').textContent())?.match(/MR-\d{4}-[A-Z2-7]{8}/)?.[0] ?? '';
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${reportId}`).click()]);
	expect(download.suggestedFilename()).toBe(`${reportId}.pdf`);
	downloaded = info.outputPath('report.pdf');
	await download.saveAs(downloaded);
	expect(readFileSync(downloaded).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the verification page accepts the untouched PDF and rejects one changed byte', async ({ page }, info) => {
	await login(page, DEMO.auditor);
	await page.goto('/verify');
	await page.getByLabel('PDF ファイル').setInputFiles(downloaded);
	await page.getByTestId('verify-submit').click();
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'authentic');
	await expect(page.getByTestId('data-unchanged')).toBeVisible();

	const bytes = readFileSync(downloaded);
	bytes[Math.floor(bytes.length / 2)] ^= 0x01;
	const changed = info.outputPath('changed.pdf');
	writeFileSync(changed, bytes);
	await page.getByLabel('PDF ファイル').setInputFiles(changed);
	await page.getByTestId('verify-submit').click();
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'tampered');
});

test('an anonymous visitor can check authenticity, and is told members see data changes', async ({ page }) => {
	await page.goto('/verify');
	await page.getByLabel('PDF ファイル').setInputFiles(downloaded);
	await page.getByTestId('verify-submit').click();
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'authentic');
	await expect(page.getByTestId('verdict')).toContainText('ログインすると確認できます');
});
