// A newcomer's first minutes: start page, log in as each demo role, see the
// shell, switch language and organisation, log out.
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_ORG, DEMO_WATER, login, openDemoOrg } from './support';

test('the start page explains mamori and leads to the login', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('mamori');
	await expect(page.locator('main')).toContainText('重要インフラ');
	await page.getByTestId('start-login').click();
	await expect(page).toHaveURL(/\/login/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('mamori にログイン');
});

test('a wrong password gives a clear message and keeps the e-mail', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('メールアドレス').fill(DEMO.security);
	await page.getByLabel('パスワード').fill('wrong-password');
	await page.locator('main').getByRole('button', { name: 'ログイン' }).click();
	await expect(page.getByRole('alert')).toContainText('メールアドレスまたはパスワードが正しくありません');
	await expect(page.getByLabel('メールアドレス')).toHaveValue(DEMO.security);
});

const ROLES = [
	{ email: DEMO.admin, badge: '組織管理者', canEditProfile: true },
	{ email: DEMO.security, badge: 'セキュリティ担当', canEditProfile: false },
	{ email: DEMO.executive, badge: '経営層', canEditProfile: false },
	{ email: DEMO.auditor, badge: '監査人', canEditProfile: false }
];

for (const role of ROLES) {
	test(`${role.badge} logs in and sees the shell in Japanese`, async ({ page }) => {
		await login(page, role.email);
		await openDemoOrg(page);
		await expect(page.getByRole('navigation', { name: 'メインナビゲーション' })).toBeVisible();
		await expect(page.locator('nav.sections')).toContainText(role.badge);
		for (const label of ['組織プロファイル', 'リスク管理', '自己検証', '計画（BCP・CP）', '証跡', '報告書', '監査証跡', 'メンバー']) {
			await expect(page.locator('nav.sections')).toContainText(label);
		}
		await expect(page.getByTestId('edit-profile')).toHaveCount(role.canEditProfile ? 1 : 0);
		await expect(page.getByTestId('services')).toContainText('電力供給（送配電）');
	});
}

test('the language switch turns the whole shell into English and back, and is remembered', async ({ page }) => {
	await login(page, DEMO.executive);
	await openDemoOrg(page);
	await page.getByTestId('language-switch').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation profile');
	await expect(page.locator('nav.sections')).toContainText('Risks');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation profile');
	await page.getByTestId('language-switch').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('組織プロファイル');
});

test('a member of two organisations switches between them', async ({ page }) => {
	await login(page, DEMO.admin);
	await openDemoOrg(page);
	await page.getByTestId('nav-members').click();
	await expect(page).toHaveURL(/\/members$/);
	await page.getByTestId('org-switch').selectOption({ label: DEMO_WATER });
	await expect(page).toHaveURL(/\/members$/);
	await expect(page.locator('nav.sections')).toContainText(DEMO_WATER);
	await page.getByTestId('org-switch').selectOption({ label: DEMO_ORG });
	await expect(page.locator('nav.sections')).toContainText(DEMO_ORG);
});

test('sections not built yet say so plainly and link onwards', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-plans').click();
	await expect(page.getByTestId('empty-state')).toContainText('計画はまだありません');
	await page.getByTestId('empty-state').getByRole('link').click();
	await expect(page).toHaveURL(/\/profile/);
});

test('the audit trail shows who changed what, to those allowed to read it', async ({ page }) => {
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-audit').click();
	await expect(page.getByTestId('audit-table')).toContainText('守谷 翔太');
	await page.getByLabel('対象').selectOption('important_systems');
	await page.getByLabel('操作').selectOption('create');
	await page.getByTestId('audit-filters').getByRole('button', { name: '絞り込み' }).click();
	await expect(page).toHaveURL(/collection=important_systems&action=create/);
	await expect(page.getByTestId('audit-table')).toContainText('重要システム');
});

test('logging out ends the session', async ({ page, context }) => {
	await login(page, DEMO.security);
	await page.getByTestId('logout').click();
	await expect(page).toHaveURL(/\/login\?loggedOut=1/);
	await expect(page.getByRole('status')).toContainText('ログアウトしました');
	await page.goto('/orgs');
	await expect(page).toHaveURL(/\/login/);
	expect((await context.cookies()).find((c) => c.name === 'mamori_session')).toBeUndefined();
});

test('an expired or forged session asks to log in again', async ({ page, context, baseURL }) => {
	await context.addCookies([{ name: 'mamori_session', value: 'expired.token.value', url: baseURL }]);
	await page.goto('/login');
	await expect(page.getByRole('status')).toContainText('セッションの有効期限が切れました');
});

test('the security team registers a critical service; bad input is explained and kept', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('services').getByRole('button', { name: 'サービスを追加' }).click();
	const form = page.getByTestId('services').locator('form').first();
	await form.getByLabel('サービス名').fill('停電情報の提供');
	await form.getByLabel('許容停止時間（時間）').fill('すぐ');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(form.getByRole('alert').last()).toContainText('0〜8760の数値で入力してください');
	await expect(form.getByLabel('サービス名')).toHaveValue('停電情報の提供');
	await form.getByLabel('許容停止時間（時間）').fill('1');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(page.getByTestId('services').locator('table')).toContainText('停電情報の提供');
});

test('an admin adds a new member, who can then log in', async ({ page }) => {
	await login(page, DEMO.admin);
	await openDemoOrg(page);
	await page.getByTestId('nav-members').click();
	await page.getByLabel('メールアドレス').fill('new-auditor@demo.example');
	await page.getByLabel('ロール', { exact: true }).selectOption('auditor');
	await page.getByLabel('氏名').fill('新任 監査人');
	await page.getByLabel('初期パスワード（新規アカウントのみ）').fill('initial-pass-123');
	await page.getByRole('button', { name: '追加' }).click();
	await expect(page.getByRole('status')).toContainText('新任 監査人 を追加しました');
	await expect(page.getByTestId('members-table')).toContainText('new-auditor@demo.example');
	await page.getByTestId('logout').click();
	await login(page, 'new-auditor@demo.example', 'initial-pass-123');
	await openDemoOrg(page);
	await expect(page.locator('nav.sections')).toContainText('監査人');
});
