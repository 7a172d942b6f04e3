// Upgrade: a data directory made by the previous release (its pb_migrations
// and pb_hooks, taken from git) with a signed self-check, comments, the audit
// trail and a registered report in it; then `npm start` of this checkout on
// that directory applies the newest migrations. Everything must still read
// (every old record, unchanged), the sign-off's hash and the report's HMAC
// must still verify, and the pages and a new report work on the old data.
import { execSync } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, describe, expect, it } from 'vitest';
import { signatureMessage } from '../../src/lib/domain/reports/signature';
import { freePort, ROOT, startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-server.js';
import { startMamori, tempDir, type Mamori } from './support/app';
import { allContent, expectSignedRecordsVerify } from './support/content';
import { WebUser } from './support/web';
import { createOrg, PASSWORD, reconnect, signSelfCheck } from './support/world';

/** The previous release: main as it was before this round's merge (every branch's work since is newer). */
const PREVIOUS_RELEASE = 'f524cff';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe(`upgrade from ${PREVIOUS_RELEASE}`, () => {
	it('the newest migrations on a data directory of the previous release: every record reads, signed records verify, pages work', async () => {
		const old = tempDir('previous-release');
		const dataDir = tempDir('upgrade-data');
		dirs.push(old, dataDir);
		execSync(`git -C ${JSON.stringify(ROOT)} archive ${PREVIOUS_RELEASE} pb_migrations pb_hooks | tar -x -C ${JSON.stringify(old)}`);
		const dirsOld = { migrationsDir: join(old, 'pb_migrations'), hooksDir: join(old, 'pb_hooks') };
		const oldMigrations = execSync(`git -C ${JSON.stringify(ROOT)} ls-tree --name-only ${PREVIOUS_RELEASE} pb_migrations/`, {
			encoding: 'utf8'
		});
		// this checkout has migrations the previous release did not (otherwise this tests nothing)
		const { readdirSync } = await import('node:fs');
		const added = readdirSync(join(ROOT, 'pb_migrations')).filter((f) => f.endsWith('.js') && !oldMigrations.includes(f));
		expect(added.length).toBeGreaterThan(0);

		// the previous release's PocketBase, set up as its `npm start` would: superuser and report key in the data directory
		const credentials = { email: 'setup@mamori.local', password: randomBytes(18).toString('base64url') };
		const key = randomBytes(32).toString('hex');
		mkdirSync(dataDir, { recursive: true });
		writeFileSync(join(dataDir, '.mamori-setup.json'), JSON.stringify(credentials), { mode: 0o600 });
		writeFileSync(join(dataDir, '.mamori-report-key'), key, { mode: 0o600 });
		await upsertSuperuser(dataDir, credentials.email, credentials.password, dirsOld);
		const previous = await startPocketBase({ dataDir, port: await freePort(), env: { MAMORI_REPORT_KEY: key }, ...dirsOld });
		const asOld = {
			pbUrl: previous.url,
			async superuser() {
				const pb = new PocketBase(previous.url);
				pb.autoCancellation(false);
				await pb.collection('_superusers').authWithPassword(credentials.email, credentials.password);
				return pb;
			}
		} as unknown as Mamori;
		let before: Record<string, unknown[]>;
		const signed = await createOrg(asOld, { items: 25, name: '【試験】旧版で署名した組織' });
		const draft = await createOrg(asOld, { items: 8, name: '【試験】旧版で作業中の組織' });
		try {
			await signSelfCheck(signed);
			await draft.security[0].pb.collection('answers').create({
				organisation: draft.id,
				assessment: draft.assessment,
				checklist: draft.checklist,
				item_id: draft.items[0],
				status: 'partial',
				notes: '旧版で保存した回答',
				owner: '情報システム部',
				target_date: '2027-03-31'
			});
			// a report registered by the previous release (its hook checks the HMAC over its own message format)
			const pdf = Buffer.from('%PDF-1.4\n% a registered report of the previous release\n%%EOF\n');
			const fields = {
				report_id: 'MR-2026-UPGRADEA',
				type: 'selfcheck',
				organisation: signed.id,
				subject_id: signed.assessment,
				fiscal_year: 2026,
				language: 'ja',
				status: 'signed',
				snapshot_sha256: createHash('sha256').update('snapshot').digest('hex'),
				pdf_sha256: createHash('sha256').update(pdf).digest('hex')
			} as const;
			const form = new FormData();
			for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
			form.append('signature', createHmac('sha256', key).update(signatureMessage(fields)).digest('hex'));
			form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'MR-2026-UPGRADEA.pdf');
			await signed.auditor.pb.collection('reports').create(form);
			before = await allContent(await asOld.superuser());
			expect(before.reports).toHaveLength(1);
			expect(before.audit_log.length).toBeGreaterThan(30);
		} finally {
			await previous.stop();
		}

		// this checkout's npm start on the same directory: the newest migrations run
		const app = await startMamori({ dataDir });
		try {
			const pb = await app.superuser();
			const after = await allContent(pb);
			// every record of the previous release is still there with the same values (new fields may be added)
			for (const [collection, records] of Object.entries(before)) {
				expect(after[collection], collection).toHaveLength(records.length);
				(records as Record<string, unknown>[]).forEach((record, i) => {
					const { updated: _u, ...kept } = record;
					expect(after[collection][i], `${collection} ${String(record.id)}`).toMatchObject(kept);
				});
			}
			for (const org of [signed, draft]) await reconnect(org.executive, app.pbUrl);
			expect(await expectSignedRecordsVerify(pb, (id) => (id === signed.id ? signed.executive : draft.executive).pb)).toEqual({
				signoffs: 1,
				reports: 1
			});

			// the pages read the old data, and a new report of the old signed self-check registers and verifies
			const auditor = new WebUser(app.webUrl);
			await auditor.login(signed.auditor.email, PASSWORD);
			for (const path of [
				`/orgs/${signed.id}`,
				`/orgs/${signed.id}/selfcheck/${signed.assessment}`,
				`/orgs/${signed.id}/reports`,
				`/orgs/${signed.id}/audit`
			]) {
				expect((await auditor.get(path)).status, path).toBe(200);
			}
			const run = await auditor.generate(signed.id, { type: 'selfcheck', subject: signed.assessment, language: 'ja' });
			const done = run.lines.at(-1) as { done?: boolean; reportId?: string };
			expect(done, JSON.stringify(done)).toHaveProperty('done', true);
			const verdict = await pb.send<{ signatureValid: boolean; status: string }>('/api/mamori/reports/verify', {
				method: 'POST',
				body: { report_id: done.reportId }
			});
			expect(verdict).toMatchObject({ signatureValid: true, status: 'signed' });
			// and the old draft takes answers through the form
			const security = new WebUser(app.webUrl);
			await security.login(draft.security[0].email, PASSWORD);
			const saved = await security.action(`/orgs/${draft.id}/selfcheck/${draft.assessment}`, 'answer', {
				checklist: draft.checklist,
				item_id: draft.items[1],
				id: '',
				expected_version: '',
				status: 'implemented',
				justification: '',
				notes: '新版で保存した回答',
				owner: '',
				target_date: ''
			});
			expect(saved.type, JSON.stringify(saved.data)).toBe('success');
		} finally {
			await app.stop();
		}
	});
});
