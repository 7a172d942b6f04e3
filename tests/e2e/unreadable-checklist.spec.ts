// A pinned checklist whose stored content was damaged straight in the
// database (behind PocketBase's back, as a disk fault or a hand edit would):
// in the browser, its pages say so and what to do; the rest keeps working.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';
import { E2E_SETUP_PASSWORD } from '../../playwright.config';
import { TINY_CHECKLIST } from '../integration/support/selfcheck';
import { login } from './support';

const PASSWORD = 'unreadable-password-1';

/** The test server's PocketBase data directory, from its command line (`--http <our port> --dir <dir>`). */
function dataDir(): string {
	const port = new URL(process.env.E2E_PB_URL ?? '').port;
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		let args: string[];
		try {
			args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
		} catch {
			continue;
		}
		if (args.some((a) => a.endsWith(`:${port}`)) && args.includes('--dir')) return args[args.indexOf('--dir') + 1];
	}
	throw new Error(`no PocketBase on port ${port}`);
}

test('an unreadable checklist is explained on its pages; its other checklist and pages still work', async ({ page }) => {
	const su = new PocketBase(process.env.E2E_PB_URL);
	await su.collection('_superusers').authWithPassword('setup@mamori.local', E2E_SETUP_PASSWORD);
	const email = `unreadable-${Date.now().toString(36)}@mamori.test`;
	const user = await su
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: '読取 確認', verified: true, language: 'ja' });
	const org = (
		await su.collection('organisations').create({
			name: `読み取り確認 ${Date.now()}`,
			sector: 'electricity',
			operator_class: 'other',
			fy_start_month: 4,
			admins: [user.id],
			security_team: [user.id],
			executives: [user.id]
		})
	).id;
	const pin = async (version: string) =>
		(
			await su.collection('checklists').create({
				organisation: org,
				checklist_id: TINY_CHECKLIST.id,
				version,
				title: TINY_CHECKLIST.title,
				content: { ...TINY_CHECKLIST, version },
				source: 'import'
			})
		).id;
	const [broken, intact] = [await pin('1'), await pin('2')];
	const assessment = (
		await su.collection('assessments').create({ organisation: org, fiscal_year: 2026, revision: 1, status: 'draft', checklists: [broken] })
	).id;
	execFileSync('sqlite3', [
		'-cmd',
		'.timeout 10000',
		join(dataDir(), 'data.db'),
		`UPDATE checklists SET content = '{"sections":7}' WHERE id = '${broken}'`
	]);

	await login(page, email, PASSWORD);
	await page.goto(`/orgs/${org}/selfcheck/checklists`);
	await expect(page.getByTestId('unreadable-checklists')).toContainText('保存内容を読み取れないチェックリスト');
	await expect(page.getByTestId('unreadable-checklist')).toHaveCount(1);
	await expect(page.getByTestId('pinned-table')).toBeVisible();
	await page.screenshot({ path: 'test-results/unreadable-checklists-1280.png', fullPage: true });

	await page.getByTestId('unreadable-checklist').getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/pinned/${broken}$`));
	await expect(page.getByTestId('unreadable-checklists')).toContainText('npm run restore');

	await page.goto(`/orgs/${org}/selfcheck/checklists/pinned/${intact}`);
	await expect(page.locator('main')).toContainText('S1-01');

	await page.goto(`/orgs/${org}/selfcheck`);
	await expect(page.getByTestId('assessment-unreadable')).toHaveCount(1);
	await page.setViewportSize({ width: 375, height: 800 });
	await page.screenshot({ path: 'test-results/unreadable-selfcheck-375.png', fullPage: true });
	const answer = await page.goto(`/orgs/${org}/selfcheck/${assessment}`);
	expect(answer?.status()).toBe(422);
	await expect(page.locator('main')).toContainText('この自己検証を表示できません');

	for (const path of ['', '/risks', '/evidence', '/plans', '/reports'])
		expect((await page.goto(`/orgs/${org}${path}`))?.status(), path).toBe(200);
});
