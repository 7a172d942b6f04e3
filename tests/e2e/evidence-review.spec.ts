import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, login, openDemoOrg } from './support';

async function as(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await login(page, email, password);
	return page;
}

async function draftItemPage(page: Page) {
	await openDemoOrg(page);
	await page.getByTestId('nav-selfcheck').click();
	await page.locator('[data-testid="assessment-row"][data-status="draft"]').first().getByTestId('assessment-link').click();
	await expect(page.getByTestId('item').first()).toBeVisible();
	return page.url();
}

test('the auditor reviews, requests evidence and raises a finding; the security team answers; the auditor closes it', async ({
	browser
}) => {
	const security = await as(browser, DEMO.security);
	await openDemoOrg(security);
	await security.getByTestId('nav-evidence').click();
	await security.getByTestId('upload-evidence').click();
	await security.getByLabel('タイトル').fill('【デモ】e2e 机上演習の記録');
	await security.getByLabel('対象年度').fill('2026');
	await security.getByLabel('ファイル', { exact: true }).setInputFiles({
		name: 'tabletop.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)])
	});
	await security.getByTestId('upload-submit').click();
	await expect(security.getByTestId('uploaded-notice')).toBeVisible();
	const evidenceUrl = security.url().split('?')[0];
	const draft = await draftItemPage(security);
	const item = security.getByTestId('item').nth(4);
	await item.getByTestId('evidence-picker').locator('summary').click();
	await item.getByRole('button', { name: '「【デモ】e2e 机上演習の記録」を追加' }).click();
	await expect(item.getByTestId('linked-evidence')).toContainText('未レビュー');

	// the auditor: review on the evidence page
	const auditor = await as(browser, DEMO.auditor);
	await auditor.goto(evidenceUrl);
	await auditor.getByLabel('追加を求める').check();
	await auditor.getByTestId('review-submit').click();
	await expect(auditor.getByText('何が足りないか、何が問題かを書いてください。').last()).toBeVisible();
	await auditor.getByLabel('コメント').fill('参加者の一覧と実施日の記載が必要です。');
	await auditor.getByTestId('review-submit').click();
	await expect(auditor.getByTestId('review-entry')).toHaveCount(1);
	await expect(auditor.getByTestId('review-section').getByTestId('review-state').first()).toHaveText('追加が必要');

	// on the answering page: request evidence and raise a finding on the item
	await auditor.goto(draft);
	const seen = auditor.getByTestId('item').nth(4);
	await expect(seen.getByTestId('linked-evidence')).toContainText('追加が必要');
	await seen.getByText('証跡を依頼').click();
	await seen.getByLabel('依頼する内容').fill('2026年度の机上演習の参加者名簿');
	await seen.getByTestId('request-submit').click();
	await expect(seen.getByTestId('item-request')).toContainText('参加者名簿');
	await seen.getByTestId('item-raise-finding').click();
	await auditor.getByLabel('件名').fill('演習後の振り返りが記録されていない');
	await auditor.getByLabel('期限').fill('2026-01-31');
	await auditor.getByRole('button', { name: '指摘事項を登録' }).click();
	await expect(auditor.getByTestId('finding-status')).toHaveText('対応待ち');
	await expect(auditor.getByTestId('overdue')).toBeVisible();
	const findingUrl = auditor.url().split('?')[0];

	// the security team's list: waiting for me
	await security.goto(evidenceUrl.replace(/\/evidence\/.*/, '/evidence/audit?mine=1'));
	// (the demo's own request and findings are listed too)
	const request = security.getByTestId('request-row').filter({ hasText: '参加者名簿' });
	await expect(request).toHaveCount(1);
	await expect(security.getByTestId('finding-row').filter({ hasText: '振り返り' })).toHaveCount(1);
	await request.getByLabel('対応する証跡').selectOption({ label: '【デモ】e2e 机上演習の記録' });
	await request.getByTestId('fulfil').click();
	await expect(security.getByTestId('followup-notice')).toContainText('依頼に対応しました');
	await security.goto(findingUrl);
	await security.getByLabel('対応を記録する').fill('振り返り会議を開き、議事録を証跡として追加した。');
	await security.getByTestId('respond').click();
	await expect(security.getByTestId('finding-status')).toHaveText('確認待ち');

	// the auditor closes it; its history shows every step
	await auditor.goto(findingUrl);
	await expect(auditor.getByTestId('finding-response')).toContainText('振り返り会議');
	await auditor.getByTestId('close-finding').click();
	await expect(auditor.getByTestId('finding-status')).toHaveText('完了');
	await expect(auditor.getByTestId('finding-history').locator('li')).toHaveCount(3);
});

test('an outside auditor sees one fiscal year, and the admin sees each view in the audit trail', async ({ browser }) => {
	const admin = await as(browser, DEMO.admin);
	await openDemoOrg(admin);
	await admin.getByTestId('nav-evidence').click();
	await admin.getByTestId('nav-access').click();
	const email = `outside-${Date.now()}@audit.example`;
	await admin.getByLabel('メールアドレス').fill(email);
	await admin.getByLabel('氏名（新しいアカウントの場合）').fill('外部 監査子');
	await admin.getByLabel(/初期パスワード/).fill('outside-pass-123');
	await admin.getByLabel('対象年度').fill('2026');
	await admin.getByLabel('最終日').fill('2099-03-31');
	await admin.getByRole('button', { name: '付与する' }).click();
	await expect(admin.getByTestId('granted')).toContainText(email);

	const outsider = await as(browser, email, 'outside-pass-123');
	await expect(outsider.getByTestId('my-audit-access')).toContainText('2026年度');
	await outsider.getByTestId('my-audit-access').getByRole('link').click();
	await expect(outsider.getByTestId('scope-banner')).toContainText('2026年度 自己検証');
	await expect(outsider.getByTestId('scope-item').first()).toBeVisible();
	await outsider.goto('/');
	await expect(outsider.getByTestId('org-link')).toHaveCount(0);

	await admin.getByTestId('nav-audit').click();
	await admin.getByLabel('操作').selectOption('view');
	await admin.getByRole('button', { name: /絞り込|Filter/ }).click();
	await expect(admin.locator('tbody tr').first()).toContainText('2026年度の自己検証と範囲内の証跡の一覧');
});
