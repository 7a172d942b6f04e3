// The sealed audit package in the browser: evidence linked to an item of the
// demo self-check, downloaded from Evidence → Audit package, unpacked and
// checked: every file against the manifest, the manifest against the report.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';
import yauzl from 'yauzl';
import { expectAccessible } from './a11y';
import { DEMO, DEMO_ORG, DEMO_PASSWORD, login, openDemoOrg } from './support';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
	return new Promise((resolve, reject) => {
		const out = new Map<string, Buffer>();
		yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
			if (error) return reject(error);
			archive.on('entry', (entry: yauzl.Entry) =>
				archive.openReadStream(entry, (err, stream) => {
					if (err) return reject(err);
					const chunks: Buffer[] = [];
					stream.on('data', (c: Buffer) => chunks.push(c));
					stream.on('end', () => {
						out.set(entry.fileName, Buffer.concat(chunks));
						archive.readEntry();
					});
				})
			);
			archive.on('end', () => resolve(out));
			archive.on('error', reject);
			archive.readEntry();
		});
	});
}

test('download the audit package of the draft self-check and check every file against its manifest', async ({ page }, info) => {
	// evidence linked to the first item of the demo's draft self-check, through the API the page uses
	const pb = new PocketBase(process.env.E2E_PB_URL);
	await pb.collection('users').authWithPassword(DEMO.security, DEMO_PASSWORD);
	const org = await pb.collection('organisations').getFirstListItem(pb.filter('name = {:n}', { n: DEMO_ORG }));
	const draft = await pb.collection('assessments').getFirstListItem(pb.filter('organisation = {:o} && status = "draft"', { o: org.id }));
	const answer = await pb.collection('answers').getFirstListItem(pb.filter('assessment = {:a}', { a: draft.id }), { sort: 'item_id' });
	const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n% mamori e2e package\n'), randomBytes(40_000)]);
	const form = new FormData();
	for (const [k, v] of Object.entries({
		organisation: org.id,
		title: '【デモ】e2e 監査パッケージ用の規程',
		fiscal_year: String(draft.fiscal_year),
		link_type: 'selfcheck_item',
		link_id: draft.id,
		link_part: `${answer.checklist}:${answer.item_id}`
	}))
		form.append(k, v);
	form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'e2e-規程.pdf');
	const response = await fetch(`${process.env.E2E_PB_URL}/api/mamori/evidence/upload`, {
		method: 'POST',
		body: form,
		headers: { authorization: pb.authStore.token }
	});
	expect(response.status).toBe(200);

	await login(page, DEMO.auditor);
	await openDemoOrg(page);
	await page.getByTestId('nav-evidence').click();
	await page.getByTestId('nav-package').click();
	await expect(page.getByRole('heading', { level: 1, name: '監査パッケージ' })).toBeVisible();
	await expectAccessible(page);
	await page.screenshot({ path: info.outputPath('package-1280.png'), fullPage: true });
	await page.setViewportSize({ width: 375, height: 800 });
	await page.screenshot({ path: info.outputPath('package-375.png'), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 800 });

	const download = page.waitForEvent('download', { timeout: 60_000 });
	await page.getByTestId(`package-${draft.id}-ja`).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^mamori-audit-package-MR-\d{4}-[A-Z2-7]{8}\.zip$/);
	const zipPath = info.outputPath('package.zip');
	await file.saveAs(zipPath);
	const entries = await unzip(readFileSync(zipPath));
	const manifest = JSON.parse((entries.get('manifest.json') as Buffer).toString('utf8')) as {
		entries: { path: string | null; sha256: string | null; title: string }[];
	};
	const mine = manifest.entries.find((e) => e.title === '【デモ】e2e 監査パッケージ用の規程');
	expect(mine?.sha256).toBe(sha256(bytes));
	for (const e of manifest.entries.filter((x) => x.path))
		expect(sha256(entries.get(e.path as string) as Buffer), e.path ?? '').toBe(e.sha256);
	// the report vouches for the manifest: its hash is a keyword of the PDF and printed in it
	const pdf = (entries.get('report.pdf') as Buffer).toString('latin1');
	expect(pdf).toContain(`mamori-manifest-sha256:${sha256(entries.get('manifest.json') as Buffer)}`);

	const folder = mkdtempSync(join(tmpdir(), 'mamori-e2e-package-'));
	for (const [path, data] of entries) {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), data);
	}

	// the verification page checks the unpacked folder in the browser: intact, then one changed file is named
	await page.goto('/verify');
	await page.getByTestId('package-folder').setInputFiles(folder);
	await expect(page.getByTestId('package-result')).toHaveAttribute('data-intact', 'true', { timeout: 30_000 });
	await expectAccessible(page);
	const changed = manifest.entries.find((e) => e.path)?.path as string;
	writeFileSync(join(folder, changed), 'changed');
	await page.getByTestId('package-folder').setInputFiles(folder);
	await expect(page.getByTestId('package-result')).toHaveAttribute('data-intact', 'false', { timeout: 30_000 });
	await expect(page.locator('[data-testid=package-file][data-state=differs]')).toContainText(changed);
	await page.screenshot({ path: info.outputPath('verify-package-1280.png'), fullPage: true });
});
