// The audit trail as an auditor reads it: the item an answer belongs to (its
// ID and title, not a record ID), field labels and values in the reader's
// language, every time in Japan time.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, login, openDemoOrg } from './support';

test('an answer changed from 実施 to 代替策 reads as such, with the item and the time in JST', async ({ browser }) => {
	const security = await (await browser.newContext()).newPage();
	await login(security, DEMO.security);
	await openDemoOrg(security);
	const org = security.url().split('/')[4];
	await security.getByTestId('nav-selfcheck').click();
	await security.locator('[data-testid=assessment-row][data-status=draft] [data-testid=assessment-link]').first().click();
	await expect(security.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	const card = security.locator('[data-testid=item][data-item-id="GOV-10"]');
	const title = (await card.locator('h3').textContent())?.trim() ?? '';
	expect(title).not.toBe('');
	// whatever the demo answered, make it 実施 first (through 未実施, so that there is a change to save)
	await card.locator('label.status', { hasText: '未実施' }).click();
	await expect(card).toHaveAttribute('data-status', 'not_implemented');
	// and without a justification, so that choosing 代替策 asks for one
	const justification = card.locator('textarea[name=justification]');
	if (!(await justification.isVisible())) await card.locator('summary', { hasText: 'メモ・理由・担当' }).click();
	if ((await justification.inputValue()) !== '') {
		await justification.fill('');
		await justification.press('Tab');
		await expect(card.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	}
	await card
		.locator('label.status', { hasText: /^1?実施$/ })
		.first()
		.click();
	await expect(card).toHaveAttribute('data-status', 'implemented');
	await expect(card.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await card.locator('label.status', { hasText: '代替策' }).click();
	await expect(justification).toBeFocused();
	await security.keyboard.type('遠隔監視の強化で代替している。');
	await security.keyboard.press('Tab');
	await expect(card.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

	const page = await (await browser.newContext()).newPage();
	await login(page, DEMO.auditor);
	await page.goto(`/orgs/${org}/audit?collection=answers&action=update`);
	const entry = page.getByTestId('audit-entry').first();
	await expect(entry.getByTestId('audit-record')).toContainText(`GOV-10 ${title}`);
	await expect(entry.getByTestId('audit-record')).not.toContainText(/[a-z0-9]{15}/);
	await expect(entry.locator('td').first()).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} JST/);
	await entry.locator('summary').click();
	const status = entry.locator('[data-testid=audit-changes] tr[data-field=status]');
	await expect(status.locator('th')).toHaveText('回答');
	await expect(status.locator('td')).toHaveText(['実施', '代替策']);
	await expect(entry.locator('[data-testid=audit-changes] tr[data-field=justification] td').last()).toHaveText(
		'遠隔監視の強化で代替している。'
	);
	await expect(entry.locator('[data-testid=audit-changes] tr[data-field=version]')).toHaveCount(0);
	await expectAccessible(page);

	await page.getByTestId('language-switch').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit trail');
	const en = page.getByTestId('audit-entry').first();
	await expect(en.getByTestId('audit-record')).toContainText('GOV-10');
	await en.locator('summary').click();
	await expect(en.locator('[data-testid=audit-changes] tr[data-field=status] th')).toHaveText('Answer');
	await expect(en.locator('[data-testid=audit-changes] tr[data-field=status] td')).toHaveText(['Implemented', 'Alternative measure']);
	await expect(en.locator('td').first()).toContainText('JST');
	await page.getByTestId('language-switch').click();
});
