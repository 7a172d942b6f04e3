// Backup bundles against real PocketBase servers: the admin exports organisation
// A (signed self-check, comments, evidence file, registered report, audit trail);
// a fresh installation with the same key restores it; exporting it there gives
// the same content, and its sign-off and report still verify. One changed byte
// anywhere is refused with the record and field (or file) named, and nothing is
// written; a restore over existing data, a bundle signed with another key and
// callers without the right role are refused.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportBundle, restoreBundle, restoreParts, type Bundle } from '$lib/server/exports/bundle-client';
import { freePort, startPocketBase, upsertSuperuser, type RunningPocketBase } from '../../scripts/lib/pocketbase-server.js';
import { canonicalBundle } from './support/bundle';
import { fileEvidence, pdfBytes } from './support/evidence';
import { signedReport } from './support/collections';
import { signedSelfCheck } from './support/selfcheck';
import { createWorld, statusOf, type World } from './support/world';

const ROOT = { email: 'root@fresh.test', password: 'fresh-superuser-pw-1' };

async function freshInstallation(key: string): Promise<{ server: RunningPocketBase; dir: string; superuser: PocketBase }> {
	const dir = mkdtempSync(join(tmpdir(), 'mamori-fresh-'));
	await upsertSuperuser(dir, ROOT.email, ROOT.password);
	const server = await startPocketBase({ dataDir: dir, port: await freePort(), env: { MAMORI_REPORT_KEY: key, MAMORI_TEST_CLOCK: '1' } });
	const superuser = new PocketBase(server.url);
	superuser.autoCancellation(false);
	await superuser.collection('_superusers').authWithPassword(ROOT.email, ROOT.password);
	return { server, dir, superuser };
}

describe('backup bundle', () => {
	let world: World;
	let bundle: Bundle;
	let text: string;
	let fresh: Awaited<ReturnType<typeof freshInstallation>>;
	let signoffId: string;
	let accounts: { email: string; password: string }[] = [];
	let reportId: string;

	beforeAll(async () => {
		world = await createWorld();
		({ signoff: signoffId } = await signedSelfCheck(world, 'b1', ({ assessment, checklist }) =>
			world
				.client('auditor')
				.collection('review_comments')
				.create({ organisation: world.orgA, assessment, checklist, item_id: 'S1-01', body: '議事録で確認しました。' })
				.then(() => undefined)
		));
		await fileEvidence(world, '情報セキュリティ規程');
		const form = new FormData();
		const report = signedReport(world);
		for (const [k, v] of Object.entries(report)) form.append(k, String(v));
		form.append('file', new Blob([new Uint8Array(pdfBytes(4096))], { type: 'application/pdf' }), 'report.pdf');
		reportId = (await world.client('security').collection('reports').create(form)).id;

		bundle = await exportBundle(world.client('admin'), world.orgA);
		text = JSON.stringify(bundle);
		fresh = await freshInstallation(inject('reportKey'));
	}, 120_000);

	afterAll(async () => {
		await fresh?.server.stop();
		if (fresh) rmSync(fresh.dir, { recursive: true, force: true });
	});

	const count = async (name: string) => (await fresh.superuser.collection(name).getList(1, 1)).totalItems;

	it('holds every collection of the organisation, its files and their hashes', () => {
		const names = bundle.collections.map((c) => c.name);
		expect(names.slice(0, 2)).toEqual(['users', 'organisations']);
		for (const name of [
			'checklists',
			'assessments',
			'answers',
			'review_comments',
			'signoffs',
			'reports',
			'evidence',
			'evidence_revisions',
			'audit_log'
		]) {
			expect(bundle.collections.find((c) => c.name === name)?.records.length, name).toBeGreaterThan(0);
		}
		expect(bundle.files.map((f) => f.collection).sort()).toEqual(['evidence_revisions', 'reports']);
		expect(bundle.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256) && typeof f.data === 'string')).toBe(true);
		const users = bundle.collections[0].records;
		expect(users.some((u) => 'password' in u.values || 'tokenKey' in u.values)).toBe(false);
		expect(bundle.collections.flatMap((c) => c.records).some((r) => r.values.organisation === world.orgB)).toBe(false);
	});

	it.each([
		['a value', (t: string) => t.replace('規程**で確認した。', '規程**で確認しな。'), /answers\[\d\] \(id \w+\) field "notes"/],
		[
			'a file',
			(t: string) => t.replace(/"data":"(.{40})(.)/, (_m, head: string, c: string) => `"data":"${head}${c === 'A' ? 'B' : 'A'}`),
			/^files\[\d\] \(\w+\/\w+ file "/
		],
		['a value and its hash together', (t: string) => tamperWithHash(t), /^signature$/]
	])('refuses a bundle with one changed byte in %s, naming where, and writes nothing', async (_what, change, where) => {
		const changed = change(text);
		expect(changed).not.toBe(text);
		const result = await restoreBundle(fresh.superuser, changed);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.status).toBe(400);
			expect(result.problems[0].where).toMatch(where);
		}
		expect(await count('organisations')).toBe(0);
		expect(await count('answers')).toBe(0);
	});

	it('says which part a restore request lacks: the bundle, or one of its files', async () => {
		const refusal = async (form: FormData) => {
			try {
				await fresh.superuser.send('/api/mamori/bundles/restore', { method: 'POST', body: form });
				return null;
			} catch (error) {
				return { status: (error as ClientResponseError).status, body: (error as ClientResponseError).response };
			}
		};
		const empty = new FormData();
		empty.set('note', 'no bundle here');
		expect(await refusal(empty)).toEqual({
			status: 400,
			body: expect.objectContaining({ problems: [{ where: 'bundle', message: 'the request has no bundle part' }] })
		});
		const parts = restoreParts(text);
		if (!parts.ok) throw new Error('the bundle should split into parts');
		parts.form.delete('file0');
		const missing = await refusal(parts.form);
		expect(missing?.status).toBe(400);
		expect(missing?.body.problems).toEqual([
			{ where: expect.stringMatching(/^files\[0\] \(/), message: 'the file is missing from the request' }
		]);
		expect(await count('organisations')).toBe(0);
	});

	it('restores into a fresh installation, and exporting there gives the same content', async () => {
		const result = await restoreBundle(fresh.superuser, text);
		expect(result).toMatchObject({ ok: true, organisation: world.orgA, files: 2 });
		if (!result.ok) return;
		accounts = result.createdAccounts;
		expect(result.createdAccounts.map((a) => a.email).sort()).toEqual(bundle.collections[0].records.map((u) => u.values.email).sort());
		const again = await exportBundle(fresh.superuser, world.orgA);
		expect(canonicalBundle(again)).toBe(canonicalBundle(bundle));
	});

	it('keeps the sign-off and the report verifiable, and restored people can log in', async () => {
		const executive = bundle.collections[0].records.find((u) => u.id === world.users.executive.id);
		const login = accounts.find((a) => a.email === executive?.values.email);
		const pb = new PocketBase(fresh.server.url);
		await pb.collection('users').authWithPassword(String(login?.email), String(login?.password));
		expect(await pb.send(`/api/mamori/signoffs/${signoffId}/verify`, {})).toMatchObject({ matches: true });
		const report = await fresh.superuser.collection('reports').getOne(reportId);
		const verified = await new PocketBase(fresh.server.url).send('/api/mamori/reports/verify', {
			method: 'POST',
			body: { report_id: report.report_id }
		});
		expect(verified).toMatchObject({ found: true, signatureValid: true });
	});

	it('refuses to restore over existing data', async () => {
		const result = await restoreBundle(fresh.superuser, text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.status).toBe(409);
			expect(result.problems[0].message).toMatch(/not empty/);
		}
	});

	it('refuses a bundle made with another installation key', async () => {
		const other = await freshInstallation('another-installation-key-0000');
		try {
			const result = await restoreBundle(other.superuser, text);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ where: 'signature' })]);
		} finally {
			await other.server.stop();
			rmSync(other.dir, { recursive: true, force: true });
		}
	}, 60_000);

	it('restores into an empty organisation of the same id, reusing accounts that already exist', async () => {
		const other = await freshInstallation(inject('reportKey'));
		try {
			const admin = bundle.collections[0].records.find((u) => u.id === world.users.admin.id);
			await other.superuser
				.collection('users')
				.create({ id: admin?.id, email: admin?.values.email, password: 'existing-pw-123', passwordConfirm: 'existing-pw-123' });
			await other.superuser
				.collection('organisations')
				.create({ id: world.orgA, name: '空の組織', sector: 'gas', operator_class: 'other', fy_start_month: 4, admins: [admin?.id] });
			const result = await restoreBundle(other.superuser, text);
			expect(result.ok ? [] : result.problems).toEqual([]);
			if (result.ok) expect(result.createdAccounts.map((a) => a.email)).not.toContain(admin?.values.email);
			const org = await other.superuser.collection('organisations').getOne(world.orgA);
			expect(org.name).toBe(bundle.collections[1].records[0].values.name);
			const again = await exportBundle(other.superuser, world.orgA);
			// accounts that existed stay as they were; the empty organisation's own audit entries stay too
			const owned = (b: Bundle) =>
				canonicalBundle({ ...b, collections: b.collections.filter((c) => c.name !== 'users' && c.name !== 'audit_log') });
			expect(owned(again)).toBe(owned(bundle));
			const audit = (b: Bundle) => b.collections.find((c) => c.name === 'audit_log')?.records.map((r) => r.id) ?? [];
			expect(audit(again)).toEqual(expect.arrayContaining(audit(bundle)));
		} finally {
			await other.server.stop();
			rmSync(other.dir, { recursive: true, force: true });
		}
	}, 60_000);

	it('lets only the organisation admins (and superusers) export, and only superusers restore', async () => {
		const path = `/api/mamori/bundles/${world.orgA}`;
		expect(await statusOf(() => world.client('security').send(path, {}))).toBe(403);
		expect(await statusOf(() => world.client('auditor').send(path, {}))).toBe(403);
		expect(await statusOf(() => world.client('otherOrg').send(path, {}))).toBe(404);
		expect(await statusOf(() => world.client('anonymous').send(path, {}))).toBe(401);
		expect(await statusOf(() => world.client('admin').send('/api/mamori/bundles/restore', { method: 'POST', body: new FormData() }))).toBe(
			403
		);
	});
});

/** Changes a value and recomputes its hash, as someone without the key would. */
function tamperWithHash(text: string): string {
	const bundle = JSON.parse(text) as Bundle;
	const answers = bundle.collections.find((c) => c.name === 'answers');
	const record = answers?.records[0];
	if (!record) throw new Error('no answer');
	record.values.owner = '別の担当者';
	record.sha256.owner = createHash('sha256').update(JSON.stringify('別の担当者'), 'utf8').digest('hex');
	return JSON.stringify(bundle);
}
