// 参考事項 adoption on the demo's current self-check: the security team sees
// which reference items are adopted (carried over from last year), adopts
// one more and drops one; only adopted items are asked and scored, the
// report lists the others as not adopted; a read-only role sees the choices.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

test.describe.configure({ mode: 'serial' });

let url = '';

async function openCurrent(page: Page, email: string): Promise<void> {
	await login(page, email);
	await openDemoOrg(page);
	await page.getByTestId('nav-selfcheck').click();
	await page.locator('[data-testid=assessment-row][data-status=draft] [data-testid=assessment-link]').first().click();
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	url = new URL(page.url()).pathname;
}

const panel = (page: Page) => page.getByTestId('adoption-panel');
const row = (page: Page, id: string) => panel(page).locator(`[data-testid=adoption-item][data-item-id="${id}"]`);
const listed = (page: Page, id: string) => page.locator(`[data-testid=item][data-item-id="${id}"]`);

test('security adopts and drops reference items; only adopted ones are asked', async ({ page }) => {
	await openCurrent(page, DEMO.security);
	await panel(page).locator('summary').click();
	await expect(panel(page)).toContainText('前年度の判断を引き継いだもの');
	const notAdopted = panel(page).locator('[data-testid=adoption-item][data-adopted=false]').first();
	const adopted = panel(page).locator('[data-testid=adoption-item][data-adopted=true]').first();
	const addId = (await notAdopted.getAttribute('data-item-id')) ?? '';
	const dropId = (await adopted.getAttribute('data-item-id')) ?? '';
	await page.locator('input[name=q]').first().fill(addId);
	await expect(listed(page, addId)).toHaveCount(0);
	await page.locator('input[name=q]').first().fill('');

	await row(page, addId).getByTestId(`adopt-${addId}`).check();
	await row(page, dropId).getByTestId(`adopt-${dropId}`).uncheck();
	await row(page, dropId).locator('input.reason').fill('今年度はクラウド移行を優先し、この対策は採用しない。');
	await panel(page).getByTestId('adoption-save').click();
	await expect(panel(page).getByRole('status')).toContainText('2 項目の採否を保存しました');
	await expect(row(page, addId)).toHaveAttribute('data-adopted', 'true');
	await expect(row(page, dropId)).toHaveAttribute('data-adopted', 'false');
	await page.locator('input[name=q]').first().fill(addId);
	await expect(listed(page, addId)).toBeVisible();
	await page.locator('input[name=q]').first().fill(dropId);
	await expect(listed(page, dropId)).toHaveCount(0);

	// The reason is kept, and the panel works on a phone-sized screen.
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(url);
	await panel(page).locator('summary').click();
	await expect(row(page, dropId).locator('input.reason')).toHaveValue('今年度はクラウド移行を優先し、この対策は採用しない。');
	await page.screenshot({ path: 'test-results/adoption-375.png', fullPage: false });
});

test('a reason that is too long is refused at the item and nothing typed is lost', async ({ page }) => {
	await login(page, DEMO.security);
	await page.goto(url);
	await panel(page).locator('summary').click();
	const first = panel(page).locator('[data-testid=adoption-item]').first();
	const id = (await first.getAttribute('data-item-id')) ?? '';
	// Bypass maxlength the way a script or an old browser would.
	await first.locator('input.reason').evaluate((input: HTMLInputElement) => {
		input.removeAttribute('maxlength');
		input.value = 'あ'.repeat(2001);
	});
	await panel(page).getByTestId('adoption-save').click();
	await expect(row(page, id).locator('.error')).toContainText('2,000文字以内');
	await expect(row(page, id).locator('input.reason')).toHaveAttribute('aria-invalid', 'true');
	await expect(row(page, id).locator('input.reason')).toHaveValue('あ'.repeat(2001));
});

test('the auditor sees the decisions without being able to change them', async ({ page }) => {
	await login(page, DEMO.auditor);
	await page.goto(url);
	await panel(page).locator('summary').click();
	await expect(panel(page).getByTestId('adoption-save')).toHaveCount(0);
	await expect(panel(page).locator('input[name=adopt]').first()).toBeDisabled();
	await expect(panel(page)).toContainText('今年度はクラウド移行を優先し、この対策は採用しない。');
});
