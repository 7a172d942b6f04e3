// Plans end to end, in the demo water utility (which starts without plans):
// a BCP drafted from the template, its BIA flagged, submitted, approved by an
// executive and edited into a new draft; an exercise whose finding is closed;
// an incident with a first report and an update, both downloaded; a contact
// added to the register and the register downloaded. In the demo
// power operator: an exercise built on a risk with a finding linked to it, and
// an approved plan flagged once the (test) clock passes its review date.
// Every page visited gets an axe check (no serious or critical violations).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible } from './a11y';
import { setClock } from './clock';
import { DEMO, DEMO_WATER, login, openDemoOrg } from './support';

async function openWater(page: Page): Promise<string> {
	await page.goto('/');
	await page.getByTestId('org-link').filter({ hasText: DEMO_WATER }).click();
	await page.waitForURL(/\/orgs\/[a-z0-9]{15}/);
	return new URL(page.url()).pathname.split('/')[2];
}

/** Logs out whoever is logged in, then logs in as `email`. */
async function as(page: Page, email: string) {
	await page.goto('/');
	const logout = page.getByTestId('logout');
	if (await logout.count()) {
		await logout.click();
		await expect(page).toHaveURL(/\/login/);
	}
	await login(page, email);
}

test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
	await setClock(null);
});

test('a BCP from the template: BIA flagged, submitted, approved, edited into a new draft', async ({ page }) => {
	// the water utility gets an executive and a critical service with a 2-hour service level
	await login(page, DEMO.admin);
	const org = await openWater(page);
	await page.goto(`/orgs/${org}/members`);
	await page.getByLabel('メールアドレス').fill(DEMO.executive);
	await page.getByLabel('ロール', { exact: true }).selectOption('executive');
	await page.getByRole('button', { name: '招待リンクを作成' }).click();
	const link = await page.getByTestId('invite-link').inputValue();
	// the executive has an account: they log in and accept the invitation
	await as(page, DEMO.executive);
	await page.goto(link);
	await page.getByTestId('invite-accept').click();
	await expect(page.locator('nav.sections')).toContainText('経営層');

	await as(page, DEMO.security);
	await page.goto(`/orgs/${org}/profile`);
	const services = page.getByTestId('services');
	await services.getByRole('button', { name: 'サービスを追加' }).click();
	await services.getByLabel('サービス名').fill('配水（浄水場から各戸へ）');
	await services.getByLabel('継続時間（分）').fill('120');
	await services.getByRole('button', { name: '保存' }).click();
	await expect(services).toContainText('配水（浄水場から各戸へ）');

	await page.goto(`/orgs/${org}/plans/bcp`);
	await expectAccessible(page);
	await page.getByTestId('plan-start').click();
	await expect(page.getByTestId('plan-version')).toHaveText('第1版');
	await expect(page.getByTestId('plan-gaps')).toContainText('BIA に未記入の項目があります');

	await page.getByTestId('edit-bia').click();
	await expectAccessible(page);
	await page.getByTestId('bia-rto-0').fill('三時間');
	await page.getByTestId('section-save').click();
	await expect(page.getByTestId('bia-rto-0')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('bia-rto-0')).toHaveValue('三時間');
	await page.getByTestId('bia-mtpd-0').fill('1時間');
	await page.getByTestId('bia-rto-0').fill('3時間');
	await page.getByTestId('bia-rpo-0').fill('30分');
	await page.getByTestId('bia-minimum-0').fill('病院・避難所への給水');
	await page.getByTestId('change-note').fill('配水の目標を設定');
	await page.getByTestId('section-save').click();
	await expect(page.getByTestId('saved-notice')).toContainText('第2版');
	const flags = page.getByTestId('bia-flag');
	await expect(flags).toHaveCount(2);
	await expect(flags.first()).toContainText('RTO（3時間）が最大許容停止時間 MTPD（1時間）を超えています。');
	await expect(flags.nth(1)).toContainText('サービスレベルで許容する停止時間（2時間）');

	page.on('dialog', (dialog) => dialog.accept());
	await page.getByTestId('plan-submit').click();
	await expect(page.getByTestId('plan-status')).toHaveText('承認待ち');
	await expect(page.getByTestId('edit-bia')).toHaveCount(0);

	await as(page, DEMO.executive);
	await page.goto(`/orgs/${org}/plans/bcp`);
	await page.getByTestId('approve-confirm').check();
	await page.getByTestId('approve-submit').click();
	await expect(page.getByTestId('plan-status')).toHaveText('承認済み');
	await expect(page.getByTestId('approved-sha')).toHaveText(/^[0-9a-f]{64}$/);
	await expect(page.getByTestId('record-evidence')).toBeVisible();

	await as(page, DEMO.security);
	await page.goto(`/orgs/${org}/plans/bcp`);
	await page.getByTestId('edit-scope').click();
	await page.getByTestId('section-body').fill('## 目的\n渇水と水質事故のときも、病院と避難所への給水を止めない。\n');
	await page.getByTestId('section-save').click();
	await expect(page.getByTestId('plan-version')).toHaveText('第3版');
	await expect(page.getByTestId('plan-status')).toHaveText('下書き');

	await page.goto(`/orgs/${org}/plans/bcp/versions?a=2&b=3`);
	await expectAccessible(page);
	await expect(page.getByTestId('diff-scope')).toHaveAttribute('data-changed', 'true');
	await expect(page.getByTestId('diff-scope')).toContainText('病院と避難所への給水を止めない');
	await expect(page.getByTestId('version-row')).toHaveCount(3);
});

test('an exercise is recorded and its finding closed', async ({ page }) => {
	await login(page, DEMO.security);
	const org = await openWater(page);
	await page.goto(`/orgs/${org}/plans/exercises`);
	await expectAccessible(page);
	await page.getByTestId('exercise-add').click();
	await page.getByTestId('exercise-title').fill('浄水場の監視制御システム停止を想定した机上演習');
	await page.getByTestId('exercise-date').fill('2026-11-10');
	await page.getByTestId('exercise-scenario').fill('豪雨の夜、浄水場の監視制御システムが応答しなくなる。');
	await page.getByTestId('exercise-save').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('浄水場の監視制御システム停止を想定した机上演習');

	await page.getByTestId('timeline-at').last().fill('2026-11-10T21:00');
	await page.getByTestId('timeline-body').last().fill('監視画面が固まり、配水池の水位が見えない。');
	await page.getByTestId('timeline-save').last().click();
	await expect(page.getByTestId('timeline-entry')).toHaveCount(1);

	const form = page.getByTestId('actions').getByTestId('action-form').last();
	await form.getByTestId('action-finding').fill('手動運転への切替手順書が現場にない。');
	await form.getByTestId('action-owner').fill('浄水課');
	await form.getByTestId('action-save').click();
	const item = page.getByTestId('action-item');
	await expect(item).toHaveAttribute('data-status', 'open');

	await item.getByText('編集').click();
	await item.getByTestId('action-status').selectOption('closed');
	await item.getByTestId('action-save').click();
	await expect(item.getByTestId('action-closure')).toHaveAttribute('aria-invalid', 'true');
	await item.getByTestId('action-closure').fill('手順書を各浄水場の制御室に配備した。');
	await item.getByTestId('action-save').click();
	await expect(page.getByTestId('action-item')).toHaveAttribute('data-status', 'closed');
	await expect(page.getByTestId('action-status-badge')).toHaveText('完了');
	await expectAccessible(page);

	// the improvement actions download as a spreadsheet, closed ones included
	await page.goto(`/orgs/${org}/plans/actions`);
	const sheet = page.getByTestId('sheet-download-actions');
	await sheet.locator('select[name=format]').selectOption('csv');
	const [file] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button').click()]);
	expect(file.suggestedFilename()).toMatch(/^改善措置-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = readFileSync(await file.path(), 'utf8');
	expect(csv.split('\n')[0]).toContain('出典,演習・インシデント,指摘事項・教訓');
	expect(csv).toContain('手動運転への切替手順書が現場にない。');
	expect(csv).toContain('手順書を各浄水場の制御室に配備した。');
});

test('the contact register: a wrong phone number is named at its field, and the register downloads as CSV', async ({ page }) => {
	await login(page, DEMO.security);
	const org = await openWater(page);
	await page.goto(`/orgs/${org}/plans/contacts`);
	const form = page.getByTestId('contact-form').first();
	await form.getByTestId('contact-category').selectOption('ceptoar');
	await form.getByTestId('contact-name').fill('水道セプター事務局');
	await form.getByTestId('contact-phone').fill('03-0000-1234 まで');
	await form.getByTestId('contact-save').click();
	await expect(form.getByTestId('contact-phone')).toHaveAttribute('aria-invalid', 'true');
	// what was typed is still there to correct
	await expect(form.getByTestId('contact-name')).toHaveValue('水道セプター事務局');
	await form.getByTestId('contact-phone').fill('03-0000-1234');
	await form.getByTestId('contact-save').click();
	await expect(page.getByTestId('contacts-ceptoar').getByTestId('contact-row')).toContainText('水道セプター事務局');
	await expectAccessible(page);

	const sheet = page.getByTestId('sheet-download-contacts');
	await sheet.locator('select[name=format]').selectOption('csv');
	const [file] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button').click()]);
	expect(file.suggestedFilename()).toMatch(/^連絡先台帳-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = readFileSync(await file.path(), 'utf8');
	expect(csv.split('\n')[0]).toContain('区分,氏名・窓口名,所属・組織');
	expect(csv).toContain('セプター,水道セプター事務局');
	expect(csv).toContain('03-0000-1234');
});

test('an incident gets a first report and an update, both downloaded', async ({ page }) => {
	await login(page, DEMO.security);
	const org = await openWater(page);
	await page.goto(`/orgs/${org}/plans/incidents`);
	await expectAccessible(page);
	await page.getByTestId('incident-add').click();
	await page.getByTestId('incident-title').fill('配水池水位計の通信途絶');
	await page.getByTestId('incident-detected').fill('2026-11-20T06:40');
	await page.getByTestId('incident-situation').selectOption('minor_failure');
	await page.getByTestId('incident-likelihood').selectOption('hardly_possible');
	await page.getByTestId('incident-cause').selectOption('unintentional.failure');
	await page.getByTestId('incident-save').click();
	await expect(page.getByTestId('matrix-hit')).toHaveCount(1);
	await expect(page.getByTestId('operator-action')).toContainText('事故報告');
	await expectAccessible(page);

	await page.getByTestId('report-new').click();
	// the contact person is mandatory: the browser refuses an empty one before anything is sent
	await page.getByTestId('report-person').fill('');
	await page.getByTestId('report-save').click();
	expect(await page.getByTestId('report-person').evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
	await expect(page).toHaveURL(/\/reports\/new$/);
	await page.getByTestId('report-person').fill('港北 太郎（浄水課）');
	await page.getByTestId('report-means').fill('中央監視室 045-000-0000');
	await page.getByTestId('report-summary').fill('北部配水池の水位計と通信できない。給水は継続。');
	await page.getByTestId('report-save').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('第1報（初報）');
	await expectAccessible(page);
	const first = await download(page);
	expect(first).toContain('情報連絡 第1報（初報）');
	expect(first).toContain('連絡担当者：港北 太郎（浄水課）');

	await page.getByTestId('sent-via').fill('厚生労働省の担当窓口へ電話');
	page.on('dialog', (dialog) => dialog.accept());
	await page.getByTestId('sent-submit').click();
	await expect(page.getByTestId('report-status')).toHaveText('連絡済み（記録）');

	await page.getByText('インシデントに戻る').click();
	await page.getByTestId('report-new').click();
	await expect(page.getByTestId('report-person')).toHaveValue('港北 太郎（浄水課）');
	await page.getByTestId('report-impact').fill('約30分、水位を現地で確認した。');
	await page.getByTestId('report-save').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('第2報（続報）');
	const update = await download(page);
	expect(update).toContain('情報連絡 第2報（続報）');
	expect(update).toContain('約30分、水位を現地で確認した。');
	expect(update).toContain('前回までの報告：情報連絡 第1報（初報）');

	await page.getByTestId('report-pdf').click();
	await expect(page.getByTestId('generated-notice')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('generated');
	const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${id}`).click()]);
	expect(
		readFileSync(await pdf.path())
			.subarray(0, 5)
			.toString()
	).toBe('%PDF-');
});

test('an exercise takes its scenario from a risk, and its finding names the risk', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	const org = new URL(page.url()).pathname.split('/')[2];
	await page.goto(`/orgs/${org}/plans/exercises`);
	await page.getByTestId('exercise-add').click();
	await page.getByTestId('exercise-title').fill('専用線途絶を想定した机上演習');
	await page.getByTestId('exercise-date').fill('2026-11-25');
	const risk = page.getByTestId('exercise-risk');
	const label = (await risk.locator('option', { hasText: '専用線の途絶' }).textContent())!.trim();
	await risk.selectOption({ label });
	await page.getByTestId('exercise-save').click();
	await expect(page.getByTestId('scenario-risk')).toContainText(label);
	// the scenario was left empty: it starts from the risk's own scenario, under its reference and title
	await expect(page.getByTestId('scenario-text')).toContainText(label.replace(/^R-\d+ /, ''));
	await expectAccessible(page);

	const form = page.getByTestId('actions').getByTestId('action-form').last();
	await form.getByTestId('action-finding').fill('専用線の2ルートが同じ局舎を通っていることを誰も把握していなかった。');
	await form.locator('summary', { hasText: '関連するリスク' }).click();
	await form.getByTestId('action-risks').getByLabel(label).check();
	await form.getByTestId('action-save').click();
	await expect(page.getByTestId('action-risk')).toHaveText(label);

	page.on('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'この演習を削除' }).click();
	await expect(page).toHaveURL(/\/plans\/exercises$/);
});

test('an approved plan past its review date is flagged on its page and on the start page', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	const org = new URL(page.url()).pathname.split('/')[2];
	// the demo contingency plan is approved with a review date three weeks ahead
	await page.goto(`/orgs/${org}/plans/contingency`);
	await expect(page.getByTestId('plan-review')).toHaveAttribute('data-state', 'due_soon');
	await expect(page.getByTestId('review-overdue')).toHaveCount(0);

	await setClock(new Date(Date.now() + 40 * 86_400_000));
	await page.reload();
	await expect(page.getByTestId('plan-review')).toHaveAttribute('data-state', 'overdue');
	await expect(page.getByTestId('review-overdue')).toContainText('見直し期限');
	await page.goto(`/orgs/${org}`);
	await expect(page.getByTestId('summary-review-contingency')).toHaveAttribute('data-state', 'overdue');
	await expect(page.getByTestId('summary-review-bcp')).toHaveAttribute('data-state', 'ok');
	await expectAccessible(page);
	await setClock(null);
	await page.reload();
	await expect(page.getByTestId('summary-review-contingency')).toHaveAttribute('data-state', 'due_soon');
});

async function download(page: Page): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-text').click()]);
	return readFileSync(await file.path(), 'utf8');
}
