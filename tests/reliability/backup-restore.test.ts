// Backup and restore: `npm run backup` asks the running server's PocketBase
// for a backup (its own backup API) and downloads it; `npm run restore` puts
// it into a fresh data directory; `npm start` on that directory serves the
// same content, and signed records still verify (sign-off hashes, report
// HMACs). A backup taken while people keep saving restores to an intact
// database holding everything acknowledged before it was asked for.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityCheck, startMamori, tempDir } from './support/app';
import { runScript } from './support/cli';
import { allContent, expectSignedRecordsVerify } from './support/content';
import { WebUser } from './support/web';
import { createOrg, PASSWORD, reconnect, signSelfCheck } from './support/world';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run backup / npm run restore', () => {
	it('restores a backup made while the server runs into a fresh directory: same content, signed records verify, concurrent writes intact', async () => {
		const app = await startMamori();
		const work = tempDir('backup');
		dirs.push(app.dataDir, work);
		const env = { MAMORI_DATA_DIR: app.dataDir, PB_URL: app.pbUrl };
		try {
			// a signed self-check with its signed report, and a draft one with a draft report
			const signed = await createOrg(app, { items: 30, name: '【試験】署名済みの組織' });
			await signSelfCheck(signed);
			const draft = await createOrg(app, { items: 10, name: '【試験】作業中の組織' });
			for (const [org, person] of [
				[signed, signed.auditor],
				[draft, draft.security[0]]
			] as const) {
				const user = new WebUser(app.webUrl);
				await user.login(person.email, PASSWORD);
				const run = await user.generate(org.id, { type: 'selfcheck', subject: org.assessment, language: 'ja' });
				expect(run.lines.at(-1), JSON.stringify(run.lines.at(-1))).toHaveProperty('done', true);
			}
			const superuser = await app.superuser();
			const before = await allContent(superuser);
			expect(before.reports).toHaveLength(2);

			// 1. a backup of the quiet server
			const quiet = await runScript('backup.ts', ['--out', join(work, 'quiet.zip')], env);
			expect(quiet.output).toContain('wrote');
			expect(quiet.code).toBe(0);
			// the server's own copy is gone (it would fill the data disk)
			expect(readdirSync(join(app.dataDir, 'backups')).filter((f) => f.endsWith('.zip'))).toEqual([]);

			// backups on a schedule, made by PocketBase itself
			const scheduled = await runScript('backup.ts', ['--schedule', '0 3 * * *', '--keep', '7'], env);
			expect(scheduled.code, scheduled.output).toBe(0);
			const settings = await superuser.settings.getAll();
			expect(settings.backups).toMatchObject({ cron: '0 3 * * *', cronMaxKeep: 7 });
			expect((await runScript('backup.ts', ['--schedule', '0 3 * * *', '--keep', 'many'], env)).output).toContain('--keep must be');

			// 2. a backup while a writer keeps saving answers of the draft self-check
			const acknowledgedBefore: string[] = [];
			let backupAsked = false;
			let stop = false;
			const writer = (async () => {
				const pb = draft.security[0].pb;
				for (let n = 0; !stop; n++) {
					const item = draft.items[n % draft.items.length];
					const id = `${item}-${n}`;
					const existing = await pb
						.collection('answers')
						.getFirstListItem<{ id: string; version: number }>(
							pb.filter('assessment = {:a} && item_id = {:i}', { a: draft.assessment, i: item })
						)
						.catch(() => null);
					const asked = backupAsked;
					if (existing) await pb.collection('answers').update(existing.id, { notes: id, expected_version: existing.version });
					else
						await pb.collection('answers').create({
							organisation: draft.id,
							assessment: draft.assessment,
							checklist: draft.checklist,
							item_id: item,
							status: 'partial',
							notes: id
						});
					if (!asked) acknowledgedBefore.push(id);
				}
			})();
			await new Promise((r) => setTimeout(r, 1500));
			backupAsked = true;
			const busy = await runScript('backup.ts', ['--out', join(work, 'busy.zip')], env);
			stop = true;
			await writer;
			expect(busy.code, busy.output).toBe(0);
			expect(acknowledgedBefore.length).toBeGreaterThan(3);

			// restore the quiet one: identical content, every signed record verifies
			const restoredDir = join(work, 'restored');
			const restored = await runScript('restore.ts', [join(work, 'quiet.zip'), '--data-dir', restoredDir]);
			expect(restored.code, restored.output).toBe(0);
			expect(integrityCheck(restoredDir)).toBe('ok');
			await app.stop();
			const again = await startMamori({ dataDir: restoredDir });
			try {
				const pb = await again.superuser();
				expect(await allContent(pb)).toEqual(before);
				for (const org of [signed, draft]) await reconnect(org.executive, again.pbUrl);
				const verified = await expectSignedRecordsVerify(pb, (id) => (id === signed.id ? signed.executive.pb : draft.executive.pb));
				expect(verified).toEqual({ signoffs: 1, reports: 2 });
				// and people log in to the restored server
				const user = new WebUser(again.webUrl);
				await user.login(signed.auditor.email, PASSWORD);
				expect((await user.get(`/orgs/${signed.id}/reports`)).status).toBe(200);
			} finally {
				await again.stop();
			}

			// restore the busy one: intact, and every write acknowledged before the backup was asked for is in it
			const busyDir = join(work, 'restored-busy');
			expect((await runScript('restore.ts', [join(work, 'busy.zip'), '--data-dir', busyDir])).code).toBe(0);
			expect(integrityCheck(busyDir)).toBe('ok');
			const third = await startMamori({ dataDir: busyDir });
			try {
				const pb = await third.superuser();
				const audited = await pb.collection('audit_log').getFullList<{ changes: Record<string, { after: unknown }> | null }>({
					filter: pb.filter('organisation = {:o} && collection = "answers"', { o: draft.id })
				});
				const notes = new Set(audited.map((e) => e.changes?.notes?.after));
				for (const id of acknowledgedBefore) expect(notes.has(id), id).toBe(true);
			} finally {
				await third.stop();
			}
		} finally {
			await app.stop();
		}
	});

	it('restore refuses a directory that holds anything, and a file that is not a backup, and writes nothing', async () => {
		const work = tempDir('restore-refusals');
		dirs.push(work);
		const { writeFileSync, mkdirSync } = await import('node:fs');
		mkdirSync(join(work, 'full'));
		writeFileSync(join(work, 'full', 'data.db'), 'existing');
		writeFileSync(join(work, 'full', '.mamori-setup.json'), JSON.stringify({ email: 'setup@mamori.local', password: 'x' }));
		writeFileSync(join(work, 'not-a-backup.zip'), 'hello');
		const full = await runScript('restore.ts', [join(work, 'not-a-backup.zip'), '--data-dir', join(work, 'full')]);
		expect(full.code).toBe(1);
		expect(full.output).toContain('is not empty');
		const bad = await runScript('restore.ts', [join(work, 'not-a-backup.zip'), '--data-dir', join(work, 'new')]);
		expect(bad.code).toBe(1);
		expect(bad.output).toContain('is not a readable ZIP backup');
		expect(readdirSync(work).sort()).toEqual(['full', 'not-a-backup.zip']);
		const none = await runScript('backup.ts', [], { MAMORI_DATA_DIR: join(work, 'full'), PB_URL: 'http://127.0.0.1:9' });
		expect(none.code).toBe(1);
		expect(none.output).toContain('no PocketBase answers');
	});
});
