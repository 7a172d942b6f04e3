// Spreadsheet downloads: a self-check's answers (XLSX with Japanese headers,
// CSV with English headers) and the audit trail filtered as on screen, each
// read back with the same readers the app uses.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { parseCsv } from '../../src/lib/domain/checklists/import/csv-parse';
import { oscalProblems } from '../oscal/validate';
import { DEMO, login, openDemoOrg } from './support';

async function download(page: Page, form: string, format: 'xlsx' | 'csv', lang: 'ja' | 'en', path: string) {
	const scope = page.getByTestId(`sheet-download-${form}`);
	await scope.locator('select[name=format]').selectOption(format);
	await scope.locator('select[name=lang]').selectOption(lang);
	const [file] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button').click()]);
	await file.saveAs(path);
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('the self-check answers download as XLSX (Japanese headers, real dates) and as CSV (English, BOM)', async ({ page }, info) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-selfcheck').click();
	await page.locator('[data-testid=assessment-row][data-status=signed] [data-testid=assessment-link]').first().click();
	await expect(page.locator('[data-testid=item-list][data-ready]')).toBeVisible();
	// The sheet lists every item, reference items the self-check does not adopt included (marked in their own column).
	const asked = Number(await page.getByTestId('progress').first().getAttribute('data-total'));
	const notAdopted = await page.locator('[data-testid=adoption-item][data-adopted=false]').count();
	const total = asked + notAdopted;
	await page.getByTestId('sheet-download-answers').scrollIntoViewIfNeeded();
	await page.screenshot({ path: info.outputPath('answers-form.png') });
	await page.setViewportSize({ width: 375, height: 800 });
	await page.getByTestId('sheet-download-answers').screenshot({ path: info.outputPath('answers-form-375.png') });
	await page.setViewportSize({ width: 1280, height: 720 });

	const xlsx = await download(page, 'answers', 'xlsx', 'ja', info.outputPath('answers.xlsx'));
	expect(xlsx.name).toMatch(/^自己検証回答-\d{4}年度-第\d+版\.xlsx$/);
	const [answers, summary] = await readXlsxFile(xlsx.bytes);
	expect(answers.sheet).toBe('回答');
	expect(answers.data[0]).toContain('対応予定日');
	const adoptionColumn = answers.data[0].indexOf('参考事項の採否');
	expect(answers.data.slice(1).filter((row) => row[adoptionColumn] === '採用しない')).toHaveLength(notAdopted);
	expect(answers.data).toHaveLength(total + 1);
	const dateColumn = answers.data[0].indexOf('対応予定日');
	expect(answers.data.slice(1).some((row) => row[dateColumn] instanceof Date)).toBe(true);
	expect(summary.sheet).toBe('概要');

	const csv = await download(page, 'answers', 'csv', 'en', info.outputPath('answers.csv'));
	expect(csv.name).toMatch(/^selfcheck-answers-FY\d{4}-r\d+\.csv$/);
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const parsed = parseCsv(csv.bytes.toString('utf8'));
	expect(parsed.ok && parsed.records[0].slice(0, 4)).toEqual(['Checklist', 'Section', 'Item ID', 'Item']);
	expect(parsed.ok && parsed.records.length).toBe(total + 1);
});

test('the audit trail downloads with the filters shown on screen', async ({ page }, info) => {
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-audit').click();
	await page.locator('#f-collection').selectOption('assessments');
	await page.getByTestId('audit-filters').getByRole('button').first().click();
	await expect(page).toHaveURL(/collection=assessments/);
	const count = Number((await page.getByText(/^\d+件$/).textContent())?.replace('件', ''));
	expect(count).toBeGreaterThan(0);

	const csv = await download(page, 'audit', 'csv', 'ja', info.outputPath('audit.csv'));
	expect(csv.name).toMatch(/^監査証跡-\d{4}-\d{2}-\d{2}\.csv$/);
	const parsed = parseCsv(csv.bytes.toString('utf8'));
	expect(parsed.ok).toBe(true);
	if (!parsed.ok) return;
	expect(parsed.records[0][0]).toBe('日時（日本時間）');
	expect(parsed.records).toHaveLength(count + 1);
	expect(new Set(parsed.records.slice(1).map((r) => r[3]))).toEqual(new Set(['自己検証']));

	const xlsx = await download(page, 'audit', 'xlsx', 'en', info.outputPath('audit.xlsx'));
	const [sheet] = await readXlsxFile(xlsx.bytes);
	expect(sheet.data[0][0]).toBe('When (Japan time)');
	expect(sheet.data[1][0]).toBeInstanceOf(Date);
	expect(sheet.data).toHaveLength(count + 1);
});

test('a security-team member who may not read the audit trail is refused its download', async ({ page }) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	const auditPage = await page.getByTestId('nav-audit').getAttribute('href');
	const response = await page.request.get(`${auditPage?.replace(/\/audit$/, '')}/exports/audit?format=csv`);
	expect(response.status()).toBe(403);
	expect(await response.text()).toContain('監査証跡を書き出せるのは');
});

test('the exports page downloads OSCAL results, POA&M and catalogs that pass the NIST schemas', async ({ page }, info) => {
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-exports').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('書き出し');
	await page.screenshot({ path: info.outputPath('exports-page.png'), fullPage: true });
	const json = async (testId: string) => {
		const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
		const path = info.outputPath(file.suggestedFilename());
		await file.saveAs(path);
		return { name: file.suggestedFilename(), doc: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
	};
	const signed = page.locator('[data-testid=export-assessment][data-status=signed]').first();
	const id = (await signed.getByRole('link').first().getAttribute('href'))?.split('/').pop() ?? '';

	const ar = await json(`ar-${id}-ja`);
	expect(oscalProblems('assessment-results', ar.doc)).toEqual([]);
	const poamFile = await json(`poam-${id}-en`);
	expect(poamFile.name).toMatch(/^oscal-poam-FY\d{4}-r\d+\.json$/);
	expect(oscalProblems('poam', poamFile.doc)).toEqual([]);
	const all = await json('ar-all-en');
	expect(oscalProblems('assessment-results', all.doc)).toEqual([]);
	const catalog = await json('cat-cross-sector-ja');
	expect(catalog.name).toMatch(/^oscal-catalog-cross-sector-/);
	expect(oscalProblems('catalog', catalog.doc)).toEqual([]);

	await page.setViewportSize({ width: 375, height: 800 });
	await page.screenshot({ path: info.outputPath('exports-page-375.png'), fullPage: true });
});

test('the organisation admin downloads the whole backup bundle; others are not offered it', async ({ page }, info) => {
	await login(page, DEMO.admin);
	await openDemoOrg(page);
	await page.getByTestId('nav-exports').click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bundle-download').click()]);
	expect(file.suggestedFilename()).toMatch(/^mamori-bundle-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.json$/);
	const path = info.outputPath('bundle.json');
	await file.saveAs(path);
	const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
		format: string;
		signature: string;
		collections: { name: string; records: { values: Record<string, unknown> }[] }[];
	};
	expect(bundle.format).toBe('mamori-bundle');
	expect(bundle.signature).toMatch(/^[0-9a-f]{64}$/);
	expect(bundle.collections.find((c) => c.name === 'assessments')?.records.length).toBeGreaterThan(0);
	expect(JSON.stringify(bundle)).not.toMatch(/"password"|"tokenKey"/);

	await page.context().clearCookies();
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-exports').click();
	await expect(page.getByTestId('bundle-download')).toHaveCount(0);
});

test('risk treatment actions, acceptances and improvement actions download as spreadsheets with real dates', async ({ page }, info) => {
	await login(page, DEMO.security);
	await openDemoOrg(page);
	await page.getByTestId('nav-exports').click();
	await page.getByTestId('sheet-download-treatment-actions').scrollIntoViewIfNeeded();
	await page.screenshot({ path: info.outputPath('records-1280.png') });
	const actions = await download(page, 'treatment-actions', 'xlsx', 'ja', info.outputPath('actions.xlsx'));
	expect(actions.name).toMatch(/^リスク対応の措置-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const [actionSheet] = await readXlsxFile(actions.bytes);
	// the same sheet as the risk register export's second sheet
	expect(actionSheet.sheet).toBe('リスク対応の措置');
	expect(actionSheet.data[0]).toEqual([
		'リスク番号',
		'リスク',
		'措置',
		'内容',
		'担当',
		'期限',
		'状態',
		'完了日',
		'期限超過',
		'見直す計画',
		'自己検証の項目'
	]);
	expect(actionSheet.data.length).toBeGreaterThan(1);
	expect(actionSheet.data.slice(1).some((row) => row[5] instanceof Date)).toBe(true);

	const acceptances = await download(page, 'acceptances', 'csv', 'en', info.outputPath('acceptances.csv'));
	expect([...acceptances.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const parsed = parseCsv(acceptances.bytes.toString('utf8'));
	expect(parsed.ok && parsed.records[0].slice(0, 3)).toEqual(['Risk no.', 'Risk', 'Status']);
	// the demo has four acceptances
	expect(parsed.ok && parsed.records.length).toBe(5);

	const improvements = await download(page, 'improvement-actions', 'xlsx', 'en', info.outputPath('improvements.xlsx'));
	const [improvementSheet] = await readXlsxFile(improvements.bytes);
	expect(improvementSheet.sheet).toBe('Improvement actions');
	expect(improvementSheet.data[0][0]).toBe('Source');
	expect(improvementSheet.data.length).toBeGreaterThan(1);
});
