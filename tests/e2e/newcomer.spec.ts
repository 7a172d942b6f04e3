// A newcomer's first minutes: start page, log in as each demo role, see the
// shell, switch language and organisation, log out.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, DEMO_ORG, DEMO_WATER, login, openDemoOrg } from './support';

test('the start page explains mamori and leads to the login', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('mamori');
	await expect(page.locator('main')).toContainText('重要インフラ');
	await expectAccessible(page);
	await page.getByTestId('start-login').click();
	await expect(page).toHaveURL(/\/login/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('mamori にログイン');
	await expectAccessible(page);
});

test('a wrong password gives a clear message and keeps the e-mail', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('メールアドレス').fill(DEMO.security);
	await page.getByLabel('パスワード').fill('wrong-password');
	await page.locator('main').getByRole('button', { name: 'ログイン' }).click();
	await expect(page.getByRole('alert')).toContainText('メールアドレスまたはパスワードが正しくありません');
	await expect(page.getByLabel('メールアドレス')).toHaveValue(DEMO.security);
	// the message takes the focus, and both fields are marked and point to it
	await expect(page.getByRole('alert')).toBeFocused();
	for (const label of ['メールアドレス', 'パスワード']) {
		await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel(label)).toHaveAccessibleDescription(/メールアドレスまたはパスワードが正しくありません/);
	}
	await expect(page).toHaveTitle('mamori にログイン · mamori');
	await expectAccessible(page);
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
		await expectAccessible(page);
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

test('the audit trail shows who changed what, to those allowed to read it', async ({ page }) => {
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-audit').click();
	await expect(page.getByTestId('audit-table')).toContainText('守谷 翔太');
	await expectAccessible(page);
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
	await expect(form.getByLabel('許容停止時間（時間）')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByLabel('許容停止時間（時間）')).toHaveAccessibleDescription(/0〜8760の数値で入力してください/);
	await expect(form.getByLabel('サービス名')).toHaveValue('停電情報の提供');
	await expectAccessible(page);
	await form.getByLabel('許容停止時間（時間）').fill('1');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(page.getByTestId('services').locator('table')).toContainText('停電情報の提供');
});

test('an admin invites a new member, who chooses their own password, joins, and can leave', async ({ page }) => {
	await login(page, DEMO.admin);
	await openDemoOrg(page);
	await page.getByTestId('nav-members').click();
	await page.getByLabel('メールアドレス').fill('new-auditor@demo.example');
	await page.getByLabel('ロール', { exact: true }).selectOption('auditor');
	await page.getByRole('button', { name: '招待リンクを作成' }).click();
	await expect(page.getByTestId('invite-created')).toContainText('new-auditor@demo.example への招待リンクを作成しました');
	const link = await page.getByTestId('invite-link').inputValue();
	expect(link).toMatch(/\/invite\/[A-Za-z0-9]{48}$/);
	await expect(page.getByTestId('pending-invitations')).toContainText('new-auditor@demo.example');
	await expect(page.getByTestId('members-table')).not.toContainText('new-auditor@demo.example');
	await expectAccessible(page);
	await page.getByTestId('logout').click();

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_ORG);
	await page.getByLabel('氏名').fill('新任 監査人');
	await page.getByLabel('パスワード（10文字以上）').fill('my-own-pass-123');
	await page.getByLabel('パスワード（確認）').fill('my-own-pass-124');
	await page.getByTestId('invite-create').click();
	await expect(page.getByLabel('パスワード（確認）')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('氏名')).toHaveValue('新任 監査人');
	await page.getByLabel('パスワード（10文字以上）').fill('my-own-pass-123');
	await page.getByLabel('パスワード（確認）').fill('my-own-pass-123');
	await page.getByTestId('invite-create').click();
	await expect(page.locator('nav.sections')).toContainText('監査人');

	await page.getByTestId('logout').click();
	await page.goto(link);
	await expect(page.getByTestId('invite-used')).toBeVisible();
	await login(page, 'new-auditor@demo.example', 'my-own-pass-123');
	await openDemoOrg(page);
	await page.getByTestId('nav-members').click();
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByTestId('leave').getByRole('button', { name: 'この組織から抜ける' }).click();
	await expect(page.getByTestId('left-notice')).toBeVisible();
	await expect(page.getByTestId('org-link')).toHaveCount(0);
});
