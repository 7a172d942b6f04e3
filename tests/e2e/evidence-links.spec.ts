import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n% mamori e2e\n'), randomBytes(3000)]);

async function uploadEvidence(page: Page, title: string) {
	await page.getByTestId('nav-evidence').click();
	await page.getByTestId('upload-evidence').click();
	await page.getByLabel('タイトル').fill(title);
	await page.getByLabel('対象年度').fill('2026');
	await page.getByLabel('ファイル', { exact: true }).setInputFiles({ name: 'kitei.pdf', mimeType: 'application/pdf', buffer: pdf() });
	await page.getByTestId('upload-submit').click();
	await expect(page.getByTestId('uploaded-notice')).toBeVisible();
	return page.url().split('?')[0];
}

async function openDraftSelfcheck(page: Page) {
	await page.getByTestId('nav-selfcheck').click();
	await page.locator('[data-testid="assessment-row"][data-status="draft"]').first().getByTestId('assessment-link').click();
	await expect(page.getByTestId('item').first()).toBeVisible();
}

test('link evidence from the answering page: picker, drag from another item, a dropped file; used evidence cannot be deleted', async ({
	page
}) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	const evidenceUrl = await uploadEvidence(page, '【デモ】e2e 経営会議議事録');
	await openDraftSelfcheck(page);
	const [first, second, third] = [0, 1, 2].map((i) => page.getByTestId('item').nth(i).getByTestId('evidence-panel'));

	// picker
	await first.getByTestId('evidence-picker').locator('summary').click();
	await first.getByPlaceholder('登録済みの証跡を検索').fill('e2e 経営会議');
	await first.getByRole('button', { name: '「【デモ】e2e 経営会議議事録」を追加' }).click();
	await expect(first.getByTestId('evidence-notice')).toHaveText('証跡を紐付けました。');
	await expect(first.getByTestId('linked-evidence')).toHaveText(/e2e 経営会議議事録/);

	// drag the linked evidence onto the next item (the same events a mouse drag fires, with one DataTransfer)
	const dragged = await page.evaluateHandle(() => new DataTransfer());
	await first.getByTestId('linked-evidence').dispatchEvent('dragstart', { dataTransfer: dragged });
	await second.dispatchEvent('dragover', { dataTransfer: dragged });
	await second.dispatchEvent('drop', { dataTransfer: dragged });
	await expect(second.getByTestId('linked-evidence')).toHaveText(/e2e 経営会議議事録/);

	// drop a file from the desktop onto the third item: uploaded and linked at once
	const dataTransfer = await page.evaluateHandle(() => {
		const transfer = new DataTransfer();
		transfer.items.add(new File(['2026-06-12 10:00 訓練開始\n2026-06-12 12:00 訓練終了\n'], '訓練ログ.log', { type: 'text/plain' }));
		return transfer;
	});
	await third.dispatchEvent('dragover', { dataTransfer });
	await third.dispatchEvent('drop', { dataTransfer });
	await expect(third.getByTestId('linked-evidence')).toHaveText(/訓練ログ/);

	// the links survive a reload, and the evidence page lists where it is used
	await page.reload();
	await expect(page.getByTestId('item').nth(1).getByTestId('evidence-count')).toHaveText('1');
	await page.goto(evidenceUrl);
	await expect(page.getByTestId('usage-row')).toHaveCount(2);
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByTestId('delete-evidence').click();
	await expect(page.getByTestId('delete-refused')).toContainText('2件の記録で使われているため削除できません');

	// removing a link from the evidence page works without leaving it
	await page
		.getByTestId('usage-row')
		.first()
		.getByRole('button', { name: /紐付けを外す/ })
		.click();
	await expect(page.getByTestId('usage-row')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the picker is a plain form that comes back to the item', async ({ page }) => {
		await login(page, DEMO.security, undefined, { javaScript: false });
		await openDemoOrg(page);
		await uploadEvidence(page, '【デモ】e2e JavaScriptなしの紐付け');
		await openDraftSelfcheck(page);
		const item = page.getByTestId('item').nth(3);
		await item.getByTestId('evidence-picker').locator('summary').click();
		// the list is not in every item card: a link renders the page with this item's picker open
		await item.getByTestId('evidence-choices-open').click();
		await expect(page).toHaveURL(/[?&]pick=/);
		await expect(page.getByTestId('evidence-choice').first()).toBeVisible();
		await expect(page.locator('[data-testid=evidence-picker][open]')).toHaveCount(1);
		await item.getByRole('button', { name: '「【デモ】e2e JavaScriptなしの紐付け」を追加' }).click();
		await expect(page).not.toHaveURL(/[?&]pick=/);
		const panel = page.getByTestId('item').nth(3).getByTestId('evidence-panel');
		await expect(panel.getByTestId('evidence-notice')).toHaveText('証跡を紐付けました。');
		await expect(panel.getByTestId('linked-evidence')).toHaveText(/JavaScriptなしの紐付け/);
		await panel.getByRole('button', { name: /紐付けを外す/ }).click();
		await expect(page.getByTestId('item').nth(3).getByTestId('evidence-notice')).toHaveText('紐付けを外しました。');
	});
});
