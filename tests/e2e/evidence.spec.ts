import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n% mamori e2e\n'), randomBytes(size)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function openEvidence(page: Page) {
	await openDemoOrg(page);
	await page.getByTestId('nav-evidence').click();
	await expect(page.getByRole('heading', { level: 1, name: '証跡' })).toBeVisible();
}

test('upload evidence with a progress bar, then a new revision; the server hash is shown', async ({ page }) => {
	await login(page, DEMO.security);
	await openEvidence(page);
	await page.getByTestId('upload-evidence').click();
	await expect(page.getByText(/1ファイル最大 25 MB/)).toBeVisible();
	await page.getByLabel('タイトル').fill('【デモ】e2e 訓練記録');
	await page.getByLabel('対象年度').fill('2026');
	const bytes = pdf(6 * 1024 * 1024);
	await page.getByLabel('ファイル', { exact: true }).setInputFiles({ name: '訓練記録.pdf', mimeType: 'application/pdf', buffer: bytes });
	// a slow uplink, so that the progress can be seen
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 5,
		downloadThroughput: -1,
		uploadThroughput: 3 * 1024 * 1024
	});
	await page.getByTestId('upload-submit').click();
	const bar = page.getByTestId('upload-progress').getByRole('progressbar');
	await expect(bar).toBeVisible();
	await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 10_000 }).toBeGreaterThan(0);
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
	await expect(page.getByTestId('uploaded-notice')).toHaveText('第1版を登録しました。', { timeout: 30_000 });
	await expect(page.getByTestId('current-sha256')).toHaveText(sha256(bytes));

	const second = pdf(2000);
	await page.locator('#rev-note').fill('誤記を訂正');
	await page.locator('#rev-file').setInputFiles({ name: '訓練記録-訂正.pdf', mimeType: 'application/pdf', buffer: second });
	await page.getByRole('button', { name: '新しい版を登録する' }).click();
	await expect(page.getByTestId('uploaded-notice')).toHaveText('第2版を登録しました。');
	await expect(page.getByTestId('revision')).toHaveCount(2);
	await expect(page.getByTestId('revision').first()).toContainText(sha256(second));
	await expect(page.getByTestId('revision').last()).toContainText(sha256(bytes));
	await expect(page.getByTestId('current-sha256')).toHaveText(sha256(second));

	const download = page.waitForEvent('download');
	await page.getByTestId('download-current').click();
	expect((await download).suggestedFilename()).toBe('訓練記録-訂正.pdf');
});

test('a renamed program is refused with the reason, keeping what was typed', async ({ page }) => {
	await login(page, DEMO.security);
	await openEvidence(page);
	await page.getByTestId('upload-evidence').click();
	await page.getByLabel('タイトル').fill('名前を変えたプログラム');
	await page.getByLabel('説明').fill('この説明は残るはず');
	await page.getByLabel('対象年度').fill('2026');
	const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), randomBytes(5000)]);
	await page.getByLabel('ファイル', { exact: true }).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: elf });
	await page.getByTestId('upload-submit').click();
	await expect(page.getByTestId('file-error')).toHaveText('プログラム（実行ファイル）は、ファイル名にかかわらず証跡として登録できません。');
	await expect(page.getByLabel('ファイル', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('説明')).toHaveValue('この説明は残るはず');
	await page.getByTestId('nav-evidence').click();
	await expect(page.getByRole('link', { name: '名前を変えたプログラム' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('uploading is a plain form post; a missing period is named', async ({ page }) => {
		await login(page, DEMO.security, undefined, { javaScript: false });
		await openEvidence(page);
		await page.getByTestId('upload-evidence').click();
		await page.getByLabel('タイトル').fill('【デモ】JavaScriptなしの登録');
		await page
			.getByLabel('ファイル', { exact: true })
			.setInputFiles({ name: 'plain.txt', mimeType: 'text/plain', buffer: Buffer.from('記録\n') });
		await page.getByTestId('upload-submit').click();
		await expect(page.getByText('対象年度か対象期間の開始日のどちらかを入力してください。')).toBeVisible();
		await expect(page.getByLabel('タイトル')).toHaveValue('【デモ】JavaScriptなしの登録');
		await page.getByLabel('対象期間（開始日・単日）').fill('2026-06-12');
		await page
			.getByLabel('ファイル', { exact: true })
			.setInputFiles({ name: 'plain.txt', mimeType: 'text/plain', buffer: Buffer.from('記録\n') });
		await page.getByTestId('upload-submit').click();
		await expect(page.getByTestId('uploaded-notice')).toBeVisible();
		await expect(page.getByText('text/plain', { exact: true })).toBeVisible();
	});
});
