// Editing answers on the demo's draft self-check without losing anything:
// autosave keeps the notes panel open and the focus where it is, and never
// overwrites a field typed while an earlier save was on its way; a target
// date survives switching to 実施 and back; leaving the page with input not
// saved asks first (in-app links and unloading), and no longer once saved.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, login, openDemoOrg } from './support';

test.describe.configure({ mode: 'serial' });

const item = (page: Page, id: string) => page.locator(`[data-testid=item][data-item-id="${id}"]`);
const saveState = (page: Page, id: string) => item(page, id).getByTestId('save-state');
let draftUrl = '';

/** Opens the demo's draft self-check (security team) and waits until it is interactive. */
async function openDraft(page: Page): Promise<void> {
	if (!draftUrl) {
		await login(page, DEMO.security);
		await openDemoOrg(page);
		await page.getByTestId('nav-selfcheck').click();
		await page.locator('[data-testid=assessment-row][data-status=draft] [data-testid=assessment-link]').first().click();
		await expect(page).toHaveURL(/\/selfcheck\/[a-z0-9]{15}$/);
		draftUrl = new URL(page.url()).pathname;
	} else {
		await login(page, DEMO.security);
		await page.goto(draftUrl);
	}
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
}

/** Holds each answer save for a moment, as a slow network would. */
async function slowSaves(page: Page, ms: number): Promise<void> {
	await page.route(/\?\/answer/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, ms));
		await route.continue();
	});
}

test('typing into two fields in quick succession: both survive, the panel stays open, the focus stays', async ({ page }) => {
	await openDraft(page);
	const card = item(page, 'GOV-06');
	await card.locator('label.status', { hasText: '一部実施' }).click();
	await expect(saveState(page, 'GOV-06')).toHaveAttribute('data-state', 'saved');
	await card.locator('details.answer-details > summary').click();
	const details = card.locator('details.answer-details');
	await expect(details).toHaveAttribute('open', '');

	await slowSaves(page, 1500);
	const notes = card.locator('textarea[name=notes]');
	const owner = card.locator('input[name=owner]');
	await notes.fill('');
	await notes.pressSequentially('規程の改定案を作成中。');
	const saved = page.waitForResponse(/\?\/answer/);
	await page.keyboard.press('Tab'); // leaving the notes saves them; the owner field gets the focus
	await expect(owner).toBeFocused();
	await owner.fill('');
	await owner.pressSequentially('情報セキュリティ室');
	await saved; // the notes' save comes back while the owner is being typed
	await expect(owner).toHaveValue('情報セキュリティ室');
	await expect(notes).toHaveValue('規程の改定案を作成中。');
	await expect(owner).toBeFocused();
	await expect(details).toHaveAttribute('open', '');

	await page.keyboard.press('Tab'); // the owner is saved in turn
	await expect(saveState(page, 'GOV-06')).toHaveAttribute('data-state', 'saved');
	await expect(details).toHaveAttribute('open', '');
	await page.unrouteAll();
	await page.reload();
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await item(page, 'GOV-06').locator('details.answer-details > summary').click();
	await expect(item(page, 'GOV-06').locator('textarea[name=notes]')).toHaveValue('規程の改定案を作成中。');
	await expect(item(page, 'GOV-06').locator('input[name=owner]')).toHaveValue('情報セキュリティ室');
	await expectAccessible(page);
});

test('the target date survives switching 一部実施 → 実施 and back', async ({ page }) => {
	await openDraft(page);
	const card = item(page, 'GOV-06');
	await card.locator('details.answer-details > summary').click();
	await card.locator('input[name=target_date]').fill('2027-03-31');
	await card.locator('input[name=target_date]').press('Tab');
	await expect(saveState(page, 'GOV-06')).toHaveAttribute('data-state', 'saved');
	await card
		.locator('label.status', { hasText: /^1?実施$/ })
		.first()
		.click();
	await expect(card).toHaveAttribute('data-status', 'implemented');
	await expect(saveState(page, 'GOV-06')).toHaveAttribute('data-state', 'saved');
	await expect(card.getByTestId('kept-date')).toContainText('2027-03-31');

	await page.reload(); // kept on the server too, not just on the page
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	const again = item(page, 'GOV-06');
	await expect(again).toHaveAttribute('data-status', 'implemented');
	await again.locator('details.answer-details > summary').click();
	await expect(again.getByTestId('kept-date')).toContainText('2027-03-31');
	await again.locator('label.status', { hasText: '一部実施' }).click();
	await expect(saveState(page, 'GOV-06')).toHaveAttribute('data-state', 'saved');
	await expect(again.locator('input[name=target_date]')).toHaveValue('2027-03-31');
});

test('following a link with input not saved asks first, and staying keeps it', async ({ page }) => {
	await openDraft(page);
	const card = item(page, 'GOV-07');
	await card.locator('details.answer-details > summary').click();
	await card.locator('textarea[name=notes]').pressSequentially('未保存のメモ');

	// an in-app link: asked, and staying keeps the text
	const asked: string[] = [];
	page.once('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.dismiss();
	});
	await page.getByTestId('nav-reports').click();
	await expect.poll(() => asked.length).toBe(1);
	expect(asked[0]).toContain('保存していない入力があります');
	await expect(page).toHaveURL(draftUrl);
	await expect(card.locator('textarea[name=notes]')).toHaveValue(/未保存のメモ$/);
});

test('closing the tab with input not saved gets the browser’s own warning', async ({ page }) => {
	await openDraft(page);
	const card = item(page, 'GOV-07');
	await card.locator('details.answer-details > summary').click();
	await card.locator('textarea[name=notes]').pressSequentially('もう一つの未保存のメモ');
	let unload = '';
	page.once('dialog', (dialog) => {
		unload = dialog.type();
		void dialog.dismiss();
	});
	await page.close({ runBeforeUnload: true });
	await expect.poll(() => unload).toBe('beforeunload');
});

test('once saved, leaving does not ask; other forms warn the same way', async ({ page }) => {
	await openDraft(page);
	const card = item(page, 'GOV-07');
	await card.locator('details.answer-details > summary').click();
	await card.locator('textarea[name=notes]').fill('保存するメモ');
	await card.locator('textarea[name=notes]').press('Tab');
	await expect(saveState(page, 'GOV-07')).toHaveAttribute('data-state', 'saved');
	let asked = 0;
	page.on('dialog', (dialog) => {
		asked += 1;
		void dialog.dismiss();
	});
	await page.getByTestId('nav-members').click();
	await expect(page).toHaveURL(/\/members$/);
	expect(asked).toBe(0);

	// a plain form (the add-member form is the admin's; the profile's service form is the security team's)
	await page.getByTestId('nav-profile').click();
	await page.getByTestId('services').getByRole('button', { name: 'サービスを追加' }).click();
	await page.getByTestId('services').locator('form').first().getByLabel('サービス名').fill('書きかけのサービス');
	await page.getByTestId('nav-reports').click();
	await expect.poll(() => asked).toBe(1);
	await expect(page).toHaveURL(/\/profile$/);
});
