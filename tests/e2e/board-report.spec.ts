// The board report (経営層向け報告書): an executive produces it from the
// Reports page for this year's self-check, downloads a short PDF (2–4 pages)
// that compares the year with the last one, and it verifies like every report.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

test('an executive produces the board report, downloads it and it verifies', async ({ page }, info) => {
	await login(page, DEMO.executive);
	await openDemoOrg(page);
	await page.getByTestId('nav-reports').click();
	const board = page.locator('#r-target optgroup[label="経営層向け報告書"] option').first();
	await expect(board).toHaveText(/年度 · 第\d+版の自己検証と前年度の比較/);
	await page.locator('#r-target').selectOption((await board.getAttribute('value')) ?? '');
	await page.getByTestId('generate').click();
	await expect(page.getByTestId('generated-notice')).toContainText(/報告書 MR-\d{4}-[A-Z2-7]{8} を作成しました/, { timeout: 60_000 });
	const reportId = (await page.getByTestId('generated-notice').textContent())?.match(/MR-\d{4}-[A-Z2-7]{8}/)?.[0] ?? '';
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${reportId}`).click()]);
	const file = info.outputPath('board.pdf');
	await download.saveAs(file);
	expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

	const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
	expect(pages).toBeGreaterThanOrEqual(2);
	expect(pages).toBeLessThanOrEqual(4);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
	for (const heading of [
		'経営層向け報告書',
		'今年度の要点',
		'自己検証：前年度との比較',
		'リスクとリスク受容',
		'指摘事項・計画・演習',
		reportId
	])
		expect(text).toContain(heading);
	execFileSync('pdftoppm', ['-r', '60', '-png', file, info.outputPath('board')]);

	await page.goto('/verify');
	await page.getByLabel('PDF ファイル').setInputFiles(file);
	await page.getByTestId('verify-submit').click();
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'authentic');
});
