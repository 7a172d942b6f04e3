// The annual self-check, end to end on a fresh demo database: the security
// team starts it and answers with the keyboard, filters, submits; the
// auditor comments; the executive signs and it is locked; the next year
// carries the answers forward, marked until confirmed; two people saving
// the same answer get a conflict message instead of a silent overwrite.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, hydrated, login, openDemoOrg } from './support';

test.describe.configure({ mode: 'serial' });

let assessmentUrl = '';

const item = (page: Page, id: string) => page.locator(`[data-testid=item][data-item-id="${id}"]`);

/** Opens an assessment page and waits until it is interactive. */
async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
}

async function openSelfcheck(page: Page, email: string): Promise<void> {
	await login(page, email);
	await openDemoOrg(page);
	await page.getByTestId('nav-selfcheck').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('自己検証');
}

async function asUser(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, email);
	return page;
}

/** Opens the start form (folded away once self-checks exist) and returns the year it proposes (0: none). */
async function openStartForm(page: Page): Promise<number> {
	const form = page.getByTestId('start-form');
	await hydrated(page);
	if ((await form.locator('details[open]').count()) === 0) await form.locator('summary').click();
	return Number(await page.getByTestId('start-year').inputValue());
}

/** The fiscal years in the self-check list. */
const listedYears = (page: Page) =>
	page.getByTestId('assessment-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-year'))));

let year = 0;
/** The next year's self-check, with answers carried over. */
let nextUrl = '';

test('security starts a self-check with the applicable checklists pre-selected', async ({ page }) => {
	await openSelfcheck(page, DEMO.security);
	// The demo holds this fiscal year's self-check already: the page says so and links to it,
	// and the form proposes no year (never the next one) until one is typed.
	await expect(page.getByTestId('current-selfcheck')).toContainText('作成中');
	expect(await openStartForm(page)).toBe(0);
	await expect(page.getByTestId('start-form').locator('summary')).toContainText('ほかの年度の自己検証を開始');
	await expectAccessible(page);
	year = Math.max(...(await listedYears(page))) + 1;
	await page.getByTestId('start-year').fill(String(year));
	// Carry forward from the last signed self-check, not from this year's draft.
	await expect(page.getByTestId('start-previous').locator('option:checked')).toContainText('署名済み');
	const checked = page.locator('[data-testid=start-checklist]:checked');
	await expect(checked).toHaveCount(2); // cross-sector + the electricity supplement
	if (await page.getByTestId('start-carry').count()) await page.getByTestId('start-carry').uncheck();
	await page.getByTestId('start-submit').click();
	await expect(page).toHaveURL(/\/selfcheck\/[a-z0-9]{15}$/);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	assessmentUrl = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`${year}年度`);
	await expect(page.getByTestId('assessment-status')).toHaveAttribute('data-status', 'draft');
	await expect(page.getByTestId('progress').first()).toHaveAttribute('data-answered', '0');
	await expectAccessible(page);
});

test('security answers with the keyboard; a missing justification is shown at the item and nothing is lost', async ({ page }) => {
	await login(page, DEMO.security);
	await open(page, assessmentUrl);
	await page.keyboard.press('j');
	await expect(item(page, 'GOV-01')).toBeFocused();
	await page.keyboard.press('1');
	await expect(item(page, 'GOV-01').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await page.keyboard.press('j');
	await page.keyboard.press('3');
	await expect(item(page, 'GOV-02').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await page.keyboard.press('j');
	await page.keyboard.press('2'); // alternative measure: needs a justification
	const third = item(page, 'GOV-03');
	await expect(third.getByTestId('answer-error')).toBeVisible();
	await expect(third).toHaveAttribute('data-status', 'alternative');
	await expect(third.locator('textarea[name=justification]')).toBeFocused();
	await expectAccessible(page);
	await page.keyboard.type('監視の強化で代替している。');
	await page.keyboard.press('Tab');
	await expect(third.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await expect(page.getByTestId('progress').first()).toHaveAttribute('data-answered', '3');

	// Saved on the server: a reload shows the same answers.
	await open(page, assessmentUrl);
	await expect(item(page, 'GOV-01')).toHaveAttribute('data-status', 'implemented');
	await expect(item(page, 'GOV-02')).toHaveAttribute('data-status', 'partial');
	await expect(item(page, 'GOV-03')).toHaveAttribute('data-status', 'alternative');
});

test('the filters narrow the list and live in the URL', async ({ page }) => {
	await login(page, DEMO.security);
	await open(page, assessmentUrl);
	// An answer given before filtering is kept (and later saves build on it).
	await item(page, 'GOV-04').locator('label.status', { hasText: '未実施' }).click();
	await expect(item(page, 'GOV-04').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await page.getByTestId('filter-status').selectOption('not_implemented');
	await expect(page.getByTestId('filter-count')).toHaveAttribute('data-shown', '1');
	await item(page, 'GOV-04').locator('label.status', { hasText: '一部実施' }).click();
	await expect(item(page, 'GOV-04').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await expect(item(page, 'GOV-04')).toBeVisible(); // stays in view until the filter changes
	await page.getByTestId('filter-status').selectOption('partial');
	await expect(page.getByTestId('filter-count')).toHaveAttribute('data-shown', '2');
	await expect(page.getByTestId('item')).toHaveCount(2);
	await expect(page).toHaveURL(/status=partial/);
	await page.getByTestId('filter-clear').click();
	await page.keyboard.press('/');
	await expect(page.getByTestId('filter-search')).toBeFocused();
	await page.keyboard.type('GOV-03');
	await expect(page.getByTestId('filter-count')).toHaveAttribute('data-shown', '1');
	await expect(item(page, 'GOV-03')).toBeVisible();
});

test('security submits it for review; answers become read-only', async ({ page }) => {
	await login(page, DEMO.security);
	await open(page, assessmentUrl);
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByTestId('submit-assessment').click();
	await expect(page.getByTestId('workflow')).toHaveAttribute('data-status', 'submitted');
	await expect(page.locator('form.answer-form')).toHaveCount(0);
	await expect(page.getByTestId('read-only-notice')).toBeVisible();
	await expectAccessible(page);
});

test('the auditor comments on an item and on the whole self-check', async ({ page }) => {
	await login(page, DEMO.auditor);
	await open(page, assessmentUrl);
	const second = item(page, 'GOV-02');
	await second.getByTestId('add-comment').click();
	await second.getByTestId('comment-body').fill('方針の承認記録を証跡として添付してください。');
	await second.getByTestId('comment-submit').click();
	await expect(second.getByTestId('item-comment')).toContainText('承認記録');
	await page.getByTestId('general-comment-body').fill('一部実施の項目には対応予定日を記入してください。');
	await page.getByTestId('general-comment-submit').click();
	await expect(page.getByTestId('review-comment')).toHaveCount(2);
	await expectAccessible(page);
	await open(page, assessmentUrl);
	await expect(page.getByTestId('review-comment')).toHaveCount(2);
	await page.getByTestId('filter-commented').check();
	await expect(page.getByTestId('filter-count')).toHaveAttribute('data-shown', '1');
});

test('the executive signs; the self-check is locked and shows the signed SHA-256', async ({ page }) => {
	await login(page, DEMO.executive);
	await open(page, assessmentUrl);
	await page.getByTestId('sign-statement').fill('自己検証の結果を確認し、承認します。');
	await page.getByTestId('sign-confirm').check();
	await page.getByTestId('sign-submit').click();
	await expect(page.getByTestId('signed-info')).toContainText('経営 一郎');
	await expect(page.getByTestId('signed-sha')).toHaveText(/^[0-9a-f]{64}$/);
	await expect(page.getByTestId('locked-notice')).toBeVisible();
	await expect(page.getByTestId('assessment-status')).toHaveAttribute('data-status', 'signed');
	await expect(page.locator('form.answer-form')).toHaveCount(0);
	await expect(page.getByTestId('sign-form')).toHaveCount(0);
	await expectAccessible(page);
});

test('security carries the answers forward into the next year; they are marked until confirmed', async ({ page }) => {
	await openSelfcheck(page, DEMO.security);
	expect(await openStartForm(page)).toBe(0);
	await page.getByTestId('start-year').fill(String(year + 1));
	// the one just signed is now the last signed self-check
	await expect(page.getByTestId('start-previous').locator('option:checked')).toContainText(`${year}年度`);
	await expect(page.getByTestId('start-carry')).toBeChecked();
	await page.getByTestId('start-submit').click();
	await expect(page).toHaveURL(/\/selfcheck\/[a-z0-9]{15}/);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await expect(page.getByTestId('carried-notice')).toContainText('4 件');
	await expect(page.getByTestId('carried-over')).toHaveCount(4);
	nextUrl = new URL(page.url()).pathname;
	// carried-over answers are not this year's progress until confirmed
	const progress = page.getByTestId('score-summary').getByTestId('progress');
	await expect(progress).toHaveAttribute('data-unconfirmed', '4');
	await expect(progress).toContainText('未確認 4 項目');
	await page.getByTestId('filter-carried').check();
	await expect(page.getByTestId('filter-count')).toHaveAttribute('data-shown', '4');
	await item(page, 'GOV-01').getByTestId('confirm-carried').click();
	await expect(item(page, 'GOV-01').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await expect(item(page, 'GOV-01').getByTestId('carried-over')).toHaveCount(0);
	await expect(progress).toHaveAttribute('data-unconfirmed', '3');
	await page.reload();
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await expect(page.getByTestId('carried-over')).toHaveCount(3);
	await expectAccessible(page);
	// the self-check list shows it too
	await page.getByRole('navigation').getByTestId('nav-selfcheck').click();
	await expect(page.locator(`[data-testid=assessment-row][data-year="${year + 1}"]`).getByTestId('progress')).toHaveAttribute(
		'data-unconfirmed',
		'3'
	);
});

test('two people saving the same answer get a conflict message, not a silent overwrite', async ({ browser }) => {
	const first = await asUser(browser, DEMO.security);
	await first.goto('/');
	await openDemoOrg(first);
	await first.getByTestId('nav-selfcheck').click();
	await first.getByTestId('assessment-link').first().click(); // the newest year, a draft
	await expect(first.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	const url = first.url();
	const second = await asUser(browser, DEMO.security);
	await open(second, url);

	await second.bringToFront();
	await item(second, 'GOV-05').locator('label.status', { hasText: '未実施' }).click();
	await expect(item(second, 'GOV-05').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

	await first.bringToFront();
	await item(first, 'GOV-05').locator('label.status', { hasText: '一部実施' }).click();
	const conflict = item(first, 'GOV-05').getByTestId('conflict');
	await expect(conflict).toBeVisible();
	await expect(conflict.getByTestId('conflict-theirs')).toContainText('未実施');
	await expect(conflict.getByTestId('conflict-mine')).toContainText('一部実施');
	await expectAccessible(first);
	await conflict.getByTestId('conflict-use-theirs').click();
	await expect(item(first, 'GOV-05')).toHaveAttribute('data-status', 'not_implemented');
	await expect(item(first, 'GOV-05').getByTestId('conflict')).toHaveCount(0);

	// A stale update (the other person saved again since): refused, shown, then kept on purpose.
	await second.bringToFront();
	await item(second, 'GOV-05').locator('label.status', { hasText: '対象外' }).click();
	await expect(item(second, 'GOV-05').getByTestId('answer-error')).toBeVisible();
	await second.keyboard.type('当該設備を保有していない。');
	await second.keyboard.press('Tab');
	await expect(item(second, 'GOV-05').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

	await first.bringToFront();
	await item(first, 'GOV-05').locator('label.status', { hasText: '実施' }).first().click();
	await expect(conflict).toBeVisible();
	await expect(conflict.getByTestId('conflict-theirs')).toContainText('当該設備を保有していない。');
	await conflict.getByTestId('conflict-keep-mine').click();
	await expect(item(first, 'GOV-05').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await expect(item(first, 'GOV-05')).toHaveAttribute('data-status', 'implemented');
	await open(second, url);
	await expect(item(second, 'GOV-05')).toHaveAttribute('data-status', 'implemented');
});

test('submitting and signing with unconfirmed carried-over answers warns first, with the count and a link to them', async ({ browser }) => {
	const page = await asUser(browser, DEMO.security);
	await open(page, nextUrl);
	const warning = page.getByTestId('unconfirmed-warning');
	await expect(warning).toHaveAttribute('data-count', '3');
	await expect(warning).toContainText('3 件');
	await warning.getByTestId('show-unconfirmed').click();
	await expect(page.getByTestId('filter-carried')).toBeChecked();
	await expect(page.getByTestId('filter-count')).toHaveAttribute('data-shown', '3');

	// asked with the count; declining keeps the draft, accepting submits knowingly
	let question = '';
	page.once('dialog', (dialog) => {
		question = dialog.message();
		void dialog.dismiss();
	});
	const posts: string[] = [];
	page.on('request', (request) => {
		if (request.method() === 'POST') posts.push(request.url());
	});
	await page.getByTestId('submit-assessment').click();
	await expect.poll(() => question).toContain('未確認の引継ぎ回答が 3 件あります');
	// declining sends nothing: after a reload the self-check is still a draft
	await open(page, nextUrl);
	expect(posts.filter((url) => url.includes('/submit'))).toEqual([]);
	await expect(page.getByTestId('workflow')).toHaveAttribute('data-status', 'draft');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByTestId('submit-assessment').click();
	await expect(page.getByTestId('workflow')).toHaveAttribute('data-status', 'submitted');

	const executive = await asUser(browser, DEMO.executive);
	await open(executive, nextUrl);
	await expect(executive.getByTestId('sign-form').getByTestId('unconfirmed-warning')).toContainText('3 件');
	await expectAccessible(executive);
	await executive.getByTestId('sign-statement').fill('引継ぎの3件は来年度の自己検証で見直します。');
	await executive.getByTestId('sign-confirm').check();
	let signQuestion = '';
	executive.once('dialog', (dialog) => {
		signQuestion = dialog.message();
		void dialog.accept();
	});
	await executive.getByTestId('sign-submit').click();
	await expect(executive.getByTestId('signed-info')).toContainText('引継ぎの3件は来年度の自己検証で見直します。');
	expect(signQuestion).toContain('未確認の引継ぎ回答 3 件を含めて署名しますか');
});
