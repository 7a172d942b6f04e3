// Editions and crosswalks in the browser: the demo operator's FY2019
// self-check was answered on the 2026.2 editions (the real files, kept under
// tests/fixtures/checklists/editions-2026.2); starting FY2020 on the 2027.1
// library with carry-forward moves its answers through the shipped
// crosswalks — a split item's answer to each part, an item the electricity
// supplement gave up into the cross-sector checklist, a merged answer with
// the least implemented status — each marked until someone confirms it. The
// checklist pages list what changed since 2026.2.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { parse } from 'yaml';
import { E2E_SETUP_PASSWORD } from '../../playwright.config';
import { expectAccessible } from './a11y';
import { DEMO, DEMO_ORG, DEMO_PASSWORD, hydrated, login, openDemoOrg } from './support';

test.describe.configure({ mode: 'serial' });

const OLD = 'tests/fixtures/checklists/editions-2026.2';
const item = (page: Page, id: string) => page.locator(`[data-testid=item][data-item-id="${id}"]`);
/** Shows one item (the list is paged) and returns it. */
async function find(page: Page, id: string) {
	await page.locator('input[name=q]').first().fill(id);
	await expect(item(page, id)).toBeVisible();
	return item(page, id);
}
const created: string[] = [];
let security: PocketBase;

test.beforeAll(async () => {
	const url = process.env.E2E_PB_URL as string;
	const superuser = new PocketBase(url);
	await superuser.collection('_superusers').authWithPassword('setup@mamori.local', E2E_SETUP_PASSWORD);
	const org = await superuser.collection('organisations').getFirstListItem(superuser.filter('name = {:n}', { n: DEMO_ORG }));
	const pinned: string[] = [];
	for (const file of ['cross-sector.yaml', 'electricity.yaml']) {
		const content = parse(await readFile(`${OLD}/${file}`, 'utf8'));
		const record = await superuser.collection('checklists').create({
			organisation: org.id,
			checklist_id: content.id,
			version: content.version,
			title: content.title,
			content,
			source: 'library'
		});
		pinned.push(record.id);
	}
	security = new PocketBase(url);
	await security.collection('users').authWithPassword(DEMO.security, DEMO_PASSWORD);
	const { id } = await security.send<{ id: string }>('/api/mamori/assessments', {
		method: 'POST',
		body: { organisation: org.id, fiscal_year: 2019, checklists: pinned }
	});
	created.push(id);
	const answer = (checklist: string, item_id: string, status: string, notes: string) =>
		security.collection('answers').create({ organisation: org.id, assessment: id, checklist, item_id, status, notes });
	await answer(pinned[0], 'GOV-02', 'implemented', '情報セキュリティ基本方針は取締役会で承認済み（2019年6月）。');
	await answer(pinned[0], 'OT-01', 'implemented', '制御系と情報系はファイアウォールで分離。');
	await answer(pinned[1], 'ELEC-04', 'partial', '変電所の保守用回線の接続点は台帳化が途中。');
});

test.afterAll(async () => {
	for (const id of created.reverse()) await security.collection('assessments').delete(id);
});

test('starting FY2020 on the new editions carries last year’s answers through the crosswalks', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-selfcheck').click();
	const form = page.getByTestId('start-form');
	await hydrated(page);
	if ((await form.locator('details[open]').count()) === 0) await form.locator('summary').click();
	await page.getByTestId('start-year').fill('2020');
	await page.getByTestId('start-previous').selectOption(created[0]);
	await expect(page.getByTestId('start-carry')).toBeChecked();
	await page.getByTestId('start-submit').click();
	await expect(page).toHaveURL(/\/selfcheck\/[a-z0-9]{15}/);
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	created.push(new URL(page.url()).pathname.split('/').pop()?.split('?')[0] ?? '');
	await expect(page.getByTestId('mapped-notice')).toContainText('対応表に従って新しい項目へ移したもの');

	// GOV-02 was split into GOV-02, GOV-11 and GOV-12: each part has last year's answer, marked
	for (const id of ['GOV-02', 'GOV-11', 'GOV-12']) {
		const card = await find(page, id);
		await expect(card).toHaveAttribute('data-status', 'implemented');
		await expect(card.getByTestId('carried-over')).toBeVisible();
		await expect(card.getByTestId('mapped-from')).toContainText('cross-sector 2026.2 版の GOV-02（実施）');
	}
	// ELEC-04 moved into cross-sector OT-01 and OT-03; OT-01 also had its own answer: the weaker one wins
	await find(page, 'OT-01');
	await expect(item(page, 'OT-01')).toHaveAttribute('data-status', 'partial');
	await expect(item(page, 'OT-01').getByTestId('mapped-from')).toContainText('sector-electricity 2026.2 版の ELEC-04（一部実施）');
	await expect(item(page, 'OT-01').getByTestId('mapped-from')).toContainText('最も実施の程度が低い回答');
	await find(page, 'OT-03');
	await expect(item(page, 'OT-03')).toHaveAttribute('data-status', 'partial');
	// an item whose id did not change comes along without a mapping note
	await find(page, 'GOV-01');
	await expect(item(page, 'GOV-01').getByTestId('mapped-from')).toHaveCount(0);
	await (await find(page, 'GOV-11')).scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/crosswalk-carry-1280.png' });
	await expectAccessible(page);

	// confirming takes the mark away; where the answer came from stays
	await item(page, 'GOV-11').getByTestId('confirm-carried').click();
	await expect(item(page, 'GOV-11').getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
	await expect(item(page, 'GOV-11').getByTestId('carried-over')).toHaveCount(0);
	await page.reload();
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	await find(page, 'GOV-11');
	await expect(item(page, 'GOV-11').getByTestId('carried-over')).toHaveCount(0);
	await expect(item(page, 'GOV-11').getByTestId('mapped-from')).toBeVisible();
	await page.setViewportSize({ width: 375, height: 800 });
	await (await find(page, 'OT-01')).scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/crosswalk-carry-375.png' });
});

test('the checklist pages list what changed since the 2026.2 edition', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	const base = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
	await page.goto(`${base}/selfcheck/checklists/library/cross-sector`);
	const changes = page.getByTestId('edition-changes');
	await expect(changes).toHaveCount(1);
	await expect(changes).toContainText('2026.2 版からの変更');
	await expect(changes.locator('[data-kind=split]').first()).toContainText('GOV-11');
	await expect(changes.locator('[data-kind=added]')).toContainText('CL-05');
	// and where this edition meets NIST SP 800-53 (mamori's own mapping)
	await expect(page.getByTestId('related-mapping')).toContainText('NIST SP 800-53');
	await expect(page.getByTestId('related-mapping')).toContainText('AC-6-5');
	await expectAccessible(page);
	await page.goto(`${base}/selfcheck/checklists/library/sector-electricity`);
	await expect(page.getByTestId('edition-changes')).toContainText('ELEC-04');
	await expect(page.getByTestId('edition-changes')).toContainText('OT-01');
	await page.screenshot({ path: 'test-results/edition-changes-1280.png', fullPage: true });
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(`${base}/selfcheck/checklists/library/cross-sector`);
	await page.getByTestId('edition-changes').scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/edition-changes-375.png' });
});
