// Around the risk register: the organisation's start page summary, the
// self-check answer that shows the risks relying on it, export and import
// of the register (row-level problems, nothing half-imported), and a new
// version of the risk criteria returned by an executive.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';
import { DEMO, DEMO_ORG, DEMO_PASSWORD, login, openDemoOrg } from './support';

async function demo() {
	const pb = new PocketBase(process.env.E2E_PB_URL);
	await pb.collection('users').authWithPassword(DEMO.security, DEMO_PASSWORD);
	const org = await pb.collection('organisations').getFirstListItem(pb.filter('name = {:n}', { n: DEMO_ORG }));
	const [assessment] = (
		await pb
			.collection('assessments')
			.getList(1, 1, { filter: pb.filter('organisation = {:o}', { o: org.id }), sort: '-fiscal_year,-revision' })
	).items;
	return { org: org.id, assessment: assessment.id };
}

test('the start page shows overdue actions and acceptances about to expire', async ({ page }) => {
	await login(page, DEMO.executive);
	await openDemoOrg(page);
	await page.getByTestId('nav-home').click();
	await expect(page.getByTestId('risk-summary')).toBeVisible();
	await expect(page.getByTestId('overdue-actions')).toContainText('VPN装置の緊急パッチ適用手順の制定');
	await expect(page.getByTestId('expiring-acceptances')).toContainText('RTU機種の製造終了');
});

test('a self-check answer shows the risks that rely on it', async ({ page }) => {
	const { org, assessment } = await demo();
	await login(page, DEMO.auditor);
	await page.goto(`/orgs/${org}/selfcheck/${assessment}?q=OT-03`);
	const relying = page.getByTestId('relying-risks').first();
	await expect(relying).toContainText('保守用VPNを経由したEMS/SCADAへの侵入');
	await relying.getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('R-0');
});

test('the register exports to CSV and XLSX, and an import with a problem changes nothing', async ({ page }, info) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-risks').click();
	await page.getByTestId('risk-sheet').click();
	const sheet = page.getByTestId('sheet-download-register');
	const [xlsx] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button').click()]);
	expect(xlsx.suggestedFilename()).toMatch(/^リスク台帳-\d{4}-\d{2}-\d{2}\.xlsx$/);
	await sheet.getByLabel(/形式/).selectOption('csv');
	const [csv] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button').click()]);
	const file = info.outputPath('register.csv');
	await csv.saveAs(file);
	const text = readFileSync(file, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(text).toContain('番号,リスク,脅威の種類');

	// one wrong rating: nothing is imported, the problem names its row and column
	const lines = text.split('\r\n');
	const r001 = lines.findIndex((l) => l.startsWith('R-001,'));
	const broken = [...lines];
	// the criteria version, then inherent likelihood and consequence: make the consequence 9
	broken[r001] = broken[r001].replace(/^R-001,[^,]*/, 'R-001,書き換えたタイトル').replace(/,(\d),(\d),(\d),(\d),/, ',$1,$2,9,$4,');
	const bad = info.outputPath('broken.csv');
	writeFileSync(bad, broken.join('\r\n'));
	await page.getByLabel(/ファイル（XLSX または CSV/).setInputFiles(bad);
	await page.getByTestId('import-submit').click();
	await expect(page.getByTestId('import-problems')).toContainText('何も取り込んでいません');
	await expect(page.getByTestId('import-problems')).toContainText('固有リスク 影響度');
	await page.goto(page.url().replace(/\/import$/, ''));
	await expect(page.getByTestId('risk-table')).not.toContainText('書き換えたタイトル');

	// the same file fixed imports
	const fixed = [...lines];
	fixed[r001] = fixed[r001].replace(/^R-001,[^,]*/, 'R-001,保守用VPNを経由したEMS/SCADAへの侵入と不正な遮断操作（見直し）');
	const good = info.outputPath('fixed.csv');
	writeFileSync(good, fixed.join('\r\n'));
	await page.getByTestId('risk-sheet').click();
	await page.getByLabel(/ファイル（XLSX または CSV/).setInputFiles(good);
	await page.getByTestId('import-submit').click();
	await expect(page.getByTestId('import-done')).toContainText('更新');
	await page.goto(page.url().replace(/\/import$/, ''));
	await expect(page.getByTestId('risk-table')).toContainText('（見直し）');
});

test('a new version of the risk criteria is drafted, submitted and returned with a reason', async ({ browser }) => {
	const security = await browser.newPage();
	await login(security, DEMO.security);
	await openDemoOrg(security);
	await security.getByTestId('nav-risks').click();
	await security.getByTestId('risk-tab-criteria').click();
	await security.getByTestId('criteria-new-current').click();
	await expect(security.getByRole('heading', { level: 1 })).toContainText('第3版の編集');
	await security.locator('#f-bands-0-label-ja').fill('');
	await security.getByTestId('criteria-save').click();
	await expect(security.locator('#f-bands-0-label-ja')).toHaveAttribute('aria-invalid', 'true');
	await security.locator('#f-bands-0-label-ja').fill('低い');
	await security.locator('textarea[name=note]').fill('レベル「低」の名称を見直す。');
	await security.getByTestId('criteria-save').click();
	await expect(security.getByRole('status')).toBeVisible();
	await security.goto(security.url().replace(/\/draft$/, ''));
	await security.getByTestId('criteria-submit').click();
	await expect(security.getByTestId('criteria-open')).toHaveAttribute('data-status', 'submitted');

	const executive = await browser.newPage();
	await login(executive, DEMO.executive);
	await executive.goto(security.url());
	await executive.getByTestId('criteria-return').click();
	await expect(executive.getByLabel('差し戻しの理由')).toHaveAttribute('aria-invalid', 'true');
	await executive.getByLabel('差し戻しの理由').fill('名称の変更理由を記載してください。');
	await executive.getByTestId('criteria-return').click();
	await expect(executive.getByTestId('criteria-open')).toHaveAttribute('data-status', 'draft');
	await expect(executive.getByTestId('criteria-open')).toContainText('名称の変更理由を記載してください。');
});
