// Long lists are paged on the server (issue 14): the risk register and the
// evidence list of an organisation with more records than one page holds
// show 30 rows, "n–m of N" and links to the other pages; the page data holds
// only the rows shown, the links (with and without JavaScript) reach the
// rest, and the view counts and heat maps still count every risk.
import { expect, test, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { E2E_SETUP_PASSWORD } from '../../playwright.config';
import { defaultCriteria } from '../../src/lib/domain/risks/criteria-defaults';
import { login } from './support';

const PASSWORD = 'long-lists-password-1';
const OPEN_RISKS = 45;
const CLOSED_RISKS = 4;
const EVIDENCE = 36;

async function seed(): Promise<{ email: string; org: string }> {
	const su = new PocketBase(process.env.E2E_PB_URL);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword('setup@mamori.local', E2E_SETUP_PASSWORD);
	const email = `lists-${Date.now().toString(36)}@mamori.test`;
	const user = await su
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: '頁 送太', verified: true, language: 'ja' });
	const org = await su.collection('organisations').create({
		name: `一覧ページ送りテスト ${Date.now().toString(36)}`,
		sector: 'electricity',
		operator_class: 'other',
		fy_start_month: 4,
		admins: [user.id],
		security_team: [user.id],
		executives: [user.id]
	});
	const pb = new PocketBase(process.env.E2E_PB_URL);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, PASSWORD);
	const draft = await pb.collection('risk_criteria').create({ organisation: org.id, status: 'draft', content: defaultCriteria() });
	await pb.collection('risk_criteria').update(draft.id, { status: 'submitted' });
	await pb
		.collection('signoffs')
		.create({ organisation: org.id, subject_collection: 'risk_criteria', subject_id: draft.id, statement: '承認する' });
	const risks = Array.from({ length: OPEN_RISKS + CLOSED_RISKS }, (_, i) => i);
	for (let i = 0; i < risks.length; i += 6) {
		await Promise.all(
			risks.slice(i, i + 6).map((k) =>
				pb.collection('risks').create({
					organisation: org.id,
					title: `ページ送り確認用リスク ${k + 1}`,
					category: 'unintentional',
					owner: '情報システム部',
					status: k < OPEN_RISKS ? 'open' : 'closed',
					closed_reason: k < OPEN_RISKS ? '' : '設備更新により解消',
					criteria: draft.id,
					current_likelihood: 2,
					current_impact: 3
				})
			)
		);
	}
	const evidence = Array.from({ length: EVIDENCE }, (_, i) => i);
	for (let i = 0; i < evidence.length; i += 6) {
		await Promise.all(
			evidence.slice(i, i + 6).map((k) =>
				pb.collection('evidence').create({
					organisation: org.id,
					kind: 'link',
					title: `ページ送り確認用証跡 ${k + 1}${k % 4 === 0 ? ' 議事録' : ''}`,
					url: `https://intra.example.jp/lists/${k + 1}`,
					owner: '情報システム部',
					fiscal_year: 2026
				})
			)
		);
	}
	return { email, org: org.id };
}

let world: { email: string; org: string };
test.beforeAll(async () => {
	world = await seed();
});

async function refsShown(page: Page): Promise<string[]> {
	return page.getByTestId('risk-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ref') ?? ''));
}

test('the risk register shows 30 risks a page; the page data holds only those; the links reach the rest', async ({ page }, info) => {
	await login(page, world.email, PASSWORD);
	await page.goto(`/orgs/${world.org}/risks`);
	await expect(page.getByTestId('risk-row')).toHaveCount(30);
	await expect(page.getByTestId('risk-pager-range')).toHaveText(`全 ${OPEN_RISKS} 件中 1–30 件`);
	// the views and the heat map count every risk, not only the page
	await expect(page.getByTestId('view-open').locator('.badge')).toHaveText(String(OPEN_RISKS));
	await expect(page.getByTestId('view-closed').locator('.badge')).toHaveText(String(CLOSED_RISKS));
	await expect(page.getByTestId('cell-current-2-3')).toHaveText(String(OPEN_RISKS));
	const first = await refsShown(page);

	// the data the browser gets for this page names the 30 risks shown and no other
	const data = await page.request.get(`/orgs/${world.org}/risks/__data.json`);
	const refs = new Set((await data.text()).match(/R-\d{3}/g));
	expect(refs.size).toBe(30);
	expect([...refs].sort()).toEqual([...first].sort());

	await page.getByTestId('risk-pager-next').first().click();
	await expect(page).toHaveURL(/[?&]page=2/);
	await expect(page.getByTestId('risk-row')).toHaveCount(OPEN_RISKS - 30);
	await expect(page.getByTestId('risk-pager-range')).toHaveText(`全 ${OPEN_RISKS} 件中 31–${OPEN_RISKS} 件`);
	await page.getByTestId('risk-pager').screenshot({ path: info.outputPath('register-pager-1280.png') });
	await page.setViewportSize({ width: 375, height: 800 });
	await page.getByTestId('risk-pager').screenshot({ path: info.outputPath('register-pager-375.png') });
	await page.setViewportSize({ width: 1280, height: 800 });
	const second = await refsShown(page);
	expect(new Set([...first, ...second]).size).toBe(OPEN_RISKS);

	// a view keeps its filter across pages; a page past the end shows the last one
	await page.getByTestId('view-closed').click();
	await expect(page.getByTestId('risk-row')).toHaveCount(CLOSED_RISKS);
	await expect(page.getByTestId('risk-pager-next')).toHaveCount(0);
	await page.goto(`/orgs/${world.org}/risks?view=open&page=9`);
	await expect(page.getByTestId('risk-row')).toHaveCount(OPEN_RISKS - 30);
	await page.getByTestId('risk-pager-page-1').first().click();
	await expect(page.getByTestId('risk-row')).toHaveCount(30);
	await expect(page).toHaveURL(/view=open/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the register and the evidence list page through plain links', async ({ page }) => {
		await login(page, world.email, PASSWORD, { javaScript: false });
		await page.goto(`/orgs/${world.org}/risks?stage=current&l=2&i=3`);
		await expect(page.getByTestId('cell-filter')).toBeVisible();
		await expect(page.getByTestId('risk-row')).toHaveCount(30);
		await page.getByTestId('risk-pager-next').first().click();
		await expect(page).toHaveURL(/stage=current&l=2&i=3&page=2/);
		await expect(page.getByTestId('risk-row')).toHaveCount(OPEN_RISKS - 30);

		await page.goto(`/orgs/${world.org}/evidence`);
		await expect(page.getByTestId('evidence-row')).toHaveCount(30);
		await expect(page.getByTestId('evidence-pager-range')).toHaveText(`全 ${EVIDENCE} 件中 1–30 件`);
		await page.getByTestId('evidence-pager-next').first().click();
		await expect(page.getByTestId('evidence-row')).toHaveCount(EVIDENCE - 30);
	});
});

test('the evidence list shows 30 records a page; search and filters keep working across pages', async ({ page }) => {
	await login(page, world.email, PASSWORD);
	await page.goto(`/orgs/${world.org}/evidence`);
	await expect(page.getByTestId('evidence-row')).toHaveCount(30);
	await expect(page.getByTestId('evidence-pager-range')).toHaveText(`全 ${EVIDENCE} 件中 1–30 件`);
	// the summary still counts every record
	await expect(page.getByTestId('summary-pending')).toHaveAttribute('data-count', String(EVIDENCE));
	const data = await page.request.get(`/orgs/${world.org}/evidence/__data.json`);
	const titles = new Set((await data.text()).match(/ページ送り確認用証跡 \d+/g));
	expect(titles.size).toBe(30);

	await page.getByTestId('evidence-pager-next').first().click();
	await expect(page).toHaveURL(/[?&]page=2/);
	await expect(page.getByTestId('evidence-row')).toHaveCount(EVIDENCE - 30);

	// a search starts again at page 1 and counts what it found
	await page.getByRole('search').getByRole('textbox').fill('議事録');
	await page.getByRole('search').getByRole('button').click();
	await expect(page).not.toHaveURL(/page=/);
	await expect(page.getByTestId('evidence-row')).toHaveCount(EVIDENCE / 4);
	await expect(page.getByTestId('evidence-pager-range')).toHaveText(`全 ${EVIDENCE / 4} 件中 1–${EVIDENCE / 4} 件`);
});
