// A client that goes away while its report is being made (reload, leaving
// the page) must not take the web server down, and must not leave a
// half-registered report: abort the progress stream mid-export, several
// times and concurrently, then check that the server still answers and that
// every report in the list is complete.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, login, openDemoOrg } from './support';

interface Row {
	reportId: string;
	href: string;
}

async function reportRows(page: Page): Promise<Row[]> {
	return page
		.getByTestId('reports-table')
		.locator('a[data-testid^="download-"]')
		.evaluateAll((links) =>
			links.map((a) => ({ reportId: (a.getAttribute('data-testid') ?? '').slice('download-'.length), href: a.getAttribute('href') ?? '' }))
		);
}

test('aborted progress streams, one after another and at once, leave the server up and every report complete', async ({ page }) => {
	test.setTimeout(180_000);
	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-reports').click();
	const orgId = new URL(page.url()).pathname.split('/')[2];
	const target = (await page.locator('#r-target option').first().getAttribute('value')) ?? '';
	const [type, subject] = target.split(':');
	const before = await reportRows(page);

	// In the browser: start an export, read its first progress line, then go away.
	const abortRuns = (count: number, afterFirstLine: boolean) =>
		page.evaluate(
			async ({ orgId, type, subject, count, afterFirstLine }) => {
				const one = async () => {
					const controller = new AbortController();
					const response = await fetch(`/orgs/${orgId}/reports/generate`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ type, subject, language: 'ja' }),
						signal: controller.signal
					});
					if (afterFirstLine) await response.body?.getReader().read();
					controller.abort();
					return response.status;
				};
				return Promise.all(Array.from({ length: count }, one));
			},
			{ orgId, type, subject, count, afterFirstLine }
		);

	for (let i = 0; i < 3; i++) expect(await abortRuns(1, true)).toEqual([200]);
	expect(await abortRuns(4, true)).toEqual([200, 200, 200, 200]);
	expect(await abortRuns(2, false)).toEqual([200, 200]);
	const started = 3 + 4 + 2;

	// The server still answers, for this user and for others.
	const health = await page.request.get('/login');
	expect(health.status()).toBe(200);

	// Every export finishes quietly and is registered completely: wait for all of them.
	await expect
		.poll(
			async () => {
				await page.reload();
				return (await reportRows(page)).length;
			},
			{ timeout: 120_000, intervals: [1000] }
		)
		.toBe(before.length + started);
	const known = new Set(before.map((r) => r.reportId));
	const added = (await reportRows(page)).filter((r) => !known.has(r.reportId));
	expect(new Set(added.map((r) => r.reportId)).size).toBe(started);
	for (const row of added) {
		const pdf = await page.request.get(row.href);
		expect(pdf.status(), row.reportId).toBe(200);
		const bytes = await pdf.body();
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(bytes.includes(Buffer.from(`mamori-report-id:${row.reportId}`)), row.reportId).toBe(true);
	}

	// And it still produces a report through the page as a person would.
	await page.getByTestId('generate').click();
	await expect(page.getByTestId('generated-notice')).toContainText(/MR-\d{4}-[A-Z2-7]{8}/, { timeout: 60_000 });
});
