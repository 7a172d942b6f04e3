// The risk cycle in the browser: identify a risk from the candidates,
// analyse it, decide its treatment, ask for acceptance, approve it as an
// executive, see the register ask again once the risk gets worse, watch the
// approval expire by moving the clock, then produce the risk report and
// verify it on /verify.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { setClock } from './clock';
import { DEMO, DEMO_PASSWORD, hydrated, login, openDemoOrg } from './support';

test.describe.configure({ mode: 'serial' });

let riskUrl = '';
let acceptanceUrl = '';
let report = '';

async function toRisks(page: Page, who: string) {
	await login(page, who);
	await openDemoOrg(page);
	await page.getByTestId('nav-risks').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('リスク台帳');
}

test.afterAll(async () => {
	await setClock(null);
});

/** Answers an item of the demo's current self-check as the security team would (through the API). */
async function answerItem(itemId: string, status: string) {
	const pb = new PocketBase(process.env.E2E_PB_URL);
	await pb.collection('users').authWithPassword(DEMO.security, DEMO_PASSWORD);
	const [assessment] = (await pb.collection('assessments').getList(1, 1, { sort: '-fiscal_year,-revision' })).items;
	const answer = await pb
		.collection('answers')
		.getFirstListItem(pb.filter('assessment = {:a} && item_id = {:i}', { a: assessment.id, i: itemId }));
	await pb.collection('answers').update(answer.id, { status, expected_version: answer.version });
}

test('the security team identifies a risk from the candidates and analyses it', async ({ page }) => {
	await answerItem('CM-02', 'not_implemented');
	await toRisks(page, DEMO.security);
	await page.getByTestId('risk-suggest').click();
	const named = () =>
		page.getByTestId('candidate').filter({ has: page.getByRole('heading', { name: '配電自動化システムの機器故障', exact: true }) });
	const candidate = named();
	await expect(candidate).toHaveCount(1);
	await candidate.getByTestId('candidate-confirm').click();
	await expect(page.getByTestId('suggestion-done')).toContainText(/R-\d{3} として登録しました/);
	await expect(named()).toHaveCount(0);
	await page.getByTestId('suggestion-done').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('配電自動化システムの機器故障');
	riskUrl = page.url();

	const analysis = page.getByTestId('panel-analysis');
	await analysis.getByTestId('analyse-edit').click();
	await analysis.getByTestId('inherent_likelihood').selectOption('4');
	await analysis.getByTestId('inherent_impact').selectOption('4');
	await analysis.getByTestId('current_likelihood').selectOption('4');
	await analysis.getByTestId('analyse-save').click();
	// likelihood without consequence is refused, and what was chosen stays
	await expect(analysis.getByRole('alert').first()).toBeVisible();
	await expect(analysis.getByTestId('current_likelihood')).toHaveValue('4');
	await analysis.getByTestId('current_impact').selectOption('3');
	await analysis.getByTestId('target_likelihood').selectOption('2');
	await analysis.getByTestId('target_impact').selectOption('3');
	await analysis.locator('#controls').fill('故障した子局は予備品と交換し、交換まで現地操作で対応する。');
	await analysis.getByTestId('picker-control_items').selectOption(['cross-sector:BK-04', 'cross-sector:CM-02']);
	await analysis.getByTestId('analyse-save').click();
	await expect(analysis.getByTestId('level-current')).toContainText('高');
	await expect(analysis.getByTestId('above-tolerance')).toBeVisible();
	// CM-02 is answered 未実施 in this year's self-check: the risk shows it
	await expect(analysis.getByTestId('linked-controls').locator('[data-key="cross-sector:CM-02"]')).toHaveAttribute(
		'data-status',
		'not_implemented'
	);
	await expect(analysis.getByTestId('control-gap')).toBeVisible();
});

test('the security team decides the treatment, plans an action and asks for acceptance', async ({ page }) => {
	await login(page, DEMO.security);
	await page.goto(riskUrl);
	const treatment = page.getByTestId('panel-treatment');
	await treatment.getByTestId('treatment-accept').check();
	await treatment.locator('#plan').fill('更新計画（来年度）までは予備品で対応する。');
	await treatment.getByTestId('treat-save').click();
	await expect(treatment.getByRole('status')).toBeVisible();
	await treatment.getByTestId('action-add').click();
	await treatment.getByLabel('措置').fill('子局予備品の在庫確認');
	await treatment.getByLabel('担当').fill('配電部 自動化G');
	await treatment.getByLabel('期限').fill('2027-01-31');
	await treatment.getByLabel('事業継続計画（送配電・託送）').check();
	await treatment.getByTestId('action-save').click();
	const row = treatment.getByTestId('action-row').filter({ hasText: '子局予備品の在庫確認' });
	await expect(row).toBeVisible();
	// the action names the plan it revises, as a link to it
	await expect(row.getByTestId('action-plans').getByRole('link')).toHaveAttribute('href', /\/plans\/bcp$/);

	const acceptance = page.getByTestId('panel-acceptance');
	// the request form is open already: acceptance was chosen and nothing was decided yet
	await expect(acceptance.locator('details')).toHaveJSProperty('open', true);
	await acceptance.getByLabel('受容する理由').fill('故障頻度は年数件で、現地操作で復旧できることを昨年度の実績で確認した。');
	const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
	await acceptance.getByLabel('有効期限（この日まで有効）').fill(inTwoWeeks);
	await acceptance.getByTestId('acceptance-request').click();
	await expect(acceptance.getByTestId('risk-acceptance').first()).toHaveAttribute('data-status', 'requested');
	acceptanceUrl = (await acceptance.getByTestId('risk-acceptance').first().getByRole('link').getAttribute('href')) ?? '';
	expect(acceptanceUrl).toMatch(/\/risks\/acceptances\/[a-z0-9]{15}$/);
});

test('an executive approves the acceptance, which freezes what was accepted', async ({ page }) => {
	await login(page, DEMO.executive);
	await page.goto(acceptanceUrl);
	await expect(page.getByTestId('snapshot-justification')).toContainText('現地操作で復旧できる');
	await page.getByLabel('コメント').fill('更新計画の前倒しも検討すること。');
	await page.getByTestId('acceptance-approve').click();
	await expect(page.getByTestId('acceptance-status')).toHaveAttribute('data-status', 'signed');
	await expect(page.getByTestId('acceptance-hash')).toHaveText(/^[0-9a-f]{64}$/);
	await expect(page.getByTestId('approver')).toContainText('経営 一郎');
	await page.goto(riskUrl);
	await expect(page.getByTestId('decision').first()).toHaveAttribute('data-decision', 'accepted');
});

test('when the risk gets worse after the approval, the register and the risk ask for approval again', async ({ page }) => {
	await login(page, DEMO.security);
	await page.goto(riskUrl);
	const analysis = page.getByTestId('panel-analysis');
	await analysis.getByTestId('analyse-edit').click();
	await analysis.getByTestId('current_likelihood').selectOption('5');
	await analysis.getByTestId('current_impact').selectOption('5');
	await analysis.getByTestId('analyse-save').click();
	await expect(page.getByTestId('decision').first()).toHaveAttribute('data-decision', 'reapproval');
	await expect(page.getByTestId('panel-acceptance').getByTestId('material-change')).toContainText('現在のリスク');
	await expect(page.getByTestId('panel-acceptance').locator('details')).toHaveJSProperty('open', true);
	await page.goto(riskUrl.replace(/\/[a-z0-9]{15}$/, '?view=decision'));
	const row = page.getByTestId('risk-row').filter({ hasText: '配電自動化システムの機器故障' });
	await expect(row.getByTestId('decision')).toHaveAttribute('data-decision', 'reapproval');
	await expect(row.getByTestId('changed-since')).toBeVisible();
	await page.goto(acceptanceUrl);
	await expect(page.getByTestId('material-change')).toBeVisible();
});

test('after its last valid day the acceptance has expired and the risk needs a decision', async ({ page }) => {
	await setClock(new Date(Date.now() + 16 * 86_400_000));
	await login(page, DEMO.security);
	await page.goto(acceptanceUrl);
	await expect(page.getByTestId('acceptance-status')).toHaveAttribute('data-status', 'expired');
	await expect(page.getByTestId('expired-notice')).toBeVisible();
	await page.goto(riskUrl);
	await expect(page.getByTestId('decision').first()).toHaveAttribute('data-decision', 'needs_decision');
	await setClock(null);
});

test('the risk report is produced, downloaded and verified', async ({ page }, info) => {
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-reports').click();
	const option = page.locator('select[name=target] option', { hasText: '作成時点のリスク台帳' }).first();
	await page.locator('select[name=target]').selectOption((await option.getAttribute('value')) ?? '');
	await page.getByTestId('generate').click();
	await expect(page.getByTestId('generated-notice')).toContainText(/MR-\d{4}-[A-Z2-7]{8}/, { timeout: 60_000 });
	const reportId = (await page.getByTestId('generated-notice').textContent())?.match(/MR-\d{4}-[A-Z2-7]{8}/)?.[0] ?? '';
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${reportId}`).click()]);
	report = info.outputPath('risk-report.pdf');
	await download.saveAs(report);
	expect(readFileSync(report).subarray(0, 5).toString()).toBe('%PDF-');
	await page.goto('/verify');
	await page.getByLabel('PDF ファイル').setInputFiles(report);
	await page.getByTestId('verify-submit').click();
	await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'authentic');
	await expect(page.getByTestId('data-unchanged')).toBeVisible();
});

test('deleting a risk asks first, and declining sends nothing', async ({ page }) => {
	await login(page, DEMO.security);
	await page.goto(riskUrl);
	await hydrated(page);
	let asked = '';
	page.once('dialog', async (dialog) => {
		asked = dialog.message();
		await dialog.dismiss();
	});
	const posts: string[] = [];
	page.on('request', (request) => {
		if (request.method() === 'POST') posts.push(request.url());
	});
	await page.getByTestId('risk-delete').click();
	await expect.poll(() => asked).toBe('このリスクを削除しますか？');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('配電自動化システムの機器故障');
	expect(posts.filter((url) => url.includes('delete'))).toEqual([]);
});
