// Anonymised sector statistics: an operator downloads its self-check as a
// statistics file that names nothing; a sector body loads several operators'
// files and sees the k-anonymous distribution (small counts suppressed), the
// operator loads the distribution with its own file and sees where it stands;
// bad files are refused with the file named.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, login, openDemoOrg } from './support';

async function openStatistics(page: Page) {
	await openDemoOrg(page);
	await page.getByTestId('nav-exports').click();
	await page.getByTestId('statistics-link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('分野の統計（匿名化）');
}

/** What the test reads of a statistics file (the unit tests check the whole format). */
interface StatisticsFile {
	format: string;
	sector: string;
	operatorClass: 'leading' | 'other';
	items: { bucket: string }[];
}

/** Another (synthetic) operator's file: the demo's answers with every n-th item answered differently. */
function variant(file: StatisticsFile, n: number, operatorClass: StatisticsFile['operatorClass']): StatisticsFile {
	return {
		...file,
		operatorClass,
		items: file.items.map((item, i) =>
			i % n === 0 ? { ...item, bucket: item.bucket === 'implemented' ? 'partial' : 'implemented' } : item
		)
	};
}

test('an operator downloads an anonymised statistics file, a sector body aggregates several, the operator sees where it stands', async ({
	page
}, info) => {
	await login(page, DEMO.security);
	await openStatistics(page);
	await expectAccessible(page);
	await page.screenshot({ path: info.outputPath('statistics-1280.png'), fullPage: true });

	const link = page.getByTestId('statistics-download').first();
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/^sector-statistics-FY\d{4}\.json$/);
	const ownPath = info.outputPath('own.json');
	await download.saveAs(ownPath);
	const text = readFileSync(ownPath, 'utf8');
	const own = JSON.parse(text) as StatisticsFile;
	expect(own.format).toBe('mamori-sector-statistics');
	expect(own.sector).toBe('electricity');
	expect(text).not.toContain('東都電力');
	expect(text).not.toContain('@demo.example');
	expect(text).not.toMatch(/[a-z0-9]{15}"/);
	expect(own.items.length).toBeGreaterThan(100);

	// a sector body with only two files sees no figures
	const paths = [own, variant(own, 3, 'leading'), variant(own, 5, 'other'), variant(own, 7, 'other')].map((f, i) => {
		const path = info.outputPath(`operator-${i + 1}.json`);
		writeFileSync(path, JSON.stringify(f));
		return path;
	});
	await page.locator('#st-files').setInputFiles(paths.slice(0, 2));
	await page.getByTestId('statistics-show').click();
	await expect(page.getByTestId('statistics-too-few')).toContainText('3件に満たない');
	await expect(page.getByTestId('statistics-items').locator('tbody tr').first().locator('td').nth(3)).toHaveText('3未満');

	// four operators: counts of at least 3 are shown, smaller ones are not
	await page.locator('#st-files').setInputFiles(paths);
	await page.locator('#st-own').setInputFiles(ownPath);
	await page.getByTestId('statistics-show').click();
	await expect(page.getByTestId('statistics-result')).toHaveAttribute('data-operators', '4');
	await page.getByTestId('statistics-items-details').locator('summary').click();
	const cells = await page.getByTestId('statistics-items').locator('tbody td.num').allTextContents();
	for (const c of cells) expect(c === '3未満' || Number(c) === 0 || Number(c) >= 3).toBe(true);
	await expect(page.getByTestId('own-standing').first()).not.toHaveText('—');
	await expectAccessible(page);
	await page.screenshot({ path: info.outputPath('statistics-result-1280.png'), fullPage: true });
	await page.setViewportSize({ width: 375, height: 800 });
	await page.screenshot({ path: info.outputPath('statistics-result-375.png'), fullPage: false });
	await page.setViewportSize({ width: 1280, height: 720 });

	// the distribution as a file, and read back by the operator together with its own file
	await page.locator('#st-files').setInputFiles(paths);
	const [dist] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistics-distribution').click()]);
	expect(dist.suggestedFilename()).toMatch(/^sector-distribution-electricity-FY\d{4}\.json$/);
	const distPath = info.outputPath('distribution.json');
	await dist.saveAs(distPath);
	const distribution = JSON.parse(readFileSync(distPath, 'utf8')) as { format: string; operators: number };
	expect(distribution.format).toBe('mamori-sector-distribution');
	expect(distribution.operators).toBe(4);
	await page.goto(page.url());
	await page.locator('#st-files').setInputFiles(distPath);
	await page.locator('#st-own').setInputFiles(ownPath);
	await page.getByTestId('statistics-show').click();
	await expect(page.getByTestId('statistics-result')).toHaveAttribute('data-operators', '4');
	await expect(page.getByTestId('own-standing').first()).not.toHaveText('—');

	// a file that is not a statistics file is refused, naming it
	const bad = info.outputPath('notes.json');
	writeFileSync(bad, JSON.stringify({ format: 'something-else' }));
	await page.locator('#st-files').setInputFiles([paths[0], bad]);
	await page.getByTestId('statistics-show').click();
	await expect(page.getByTestId('statistics-problems')).toContainText('「notes.json」の format');
	await expect(page.locator('#st-files')).toHaveAttribute('aria-invalid', 'true');
});

test('an outside auditor may aggregate but not download the organisation’s statistics file', async ({ page }) => {
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-exports').click();
	const href = (await page.locator('[data-testid=export-assessment] a').first().getAttribute('href')) ?? '';
	const id = href.split('/').pop() ?? '';
	await page.getByTestId('statistics-link').click();
	await expect(page.getByTestId('statistics-form')).toBeVisible();
	await expect(page.getByTestId('statistics-download')).toHaveCount(0);
	const response = await page.request.get(`${page.url()}/${id}`);
	expect(response.status()).toBe(403);
});
