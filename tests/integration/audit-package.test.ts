// The sealed audit package: made from a signed self-check with evidence,
// reviews and a finding; unpacked, every file re-hashed and compared with the
// manifest, the manifest with the hash the report carries; one changed, one
// removed and one added file are named by the offline check.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '$lib/domain/evidence/package';
import { auditPackage } from '$lib/server/evidence/package';
import { checkPackageFolder } from '$lib/server/evidence/package-verify';
import { extractManifestSha256 } from '$lib/server/reports/extract-id';
import { shutdownPdfWorker } from '$lib/server/reports/render';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import { linkEvidence, pdfBytes, sha256, upload } from './support/evidence';
import { signedSelfCheck } from './support/selfcheck';
import { createWorld, type World } from './support/world';

async function collect(stream: Readable): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
	return new Promise((resolve, reject) => {
		const out = new Map<string, Buffer>();
		yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
			if (error) return reject(error);
			archive.on('entry', (entry: yauzl.Entry) =>
				archive.openReadStream(entry, (err, stream) => {
					if (err) return reject(err);
					collect(stream).then((bytes) => {
						out.set(entry.fileName, bytes);
						archive.readEntry();
					}, reject);
				})
			);
			archive.on('end', () => resolve(out));
			archive.on('error', reject);
			archive.readEntry();
		});
	});
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/** `npm run report -- verify <folder> --offline`: needs no server at all. */
const verifyOffline = (folder: string) =>
	spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'report.ts'), 'verify', folder, '--offline'], {
		cwd: ROOT,
		env: { ...process.env, PB_URL: 'http://127.0.0.1:9' },
		encoding: 'utf8',
		timeout: 120_000
	});

describe('the audit package', () => {
	let world: World;
	let assessment: string;
	const files = { policy: pdfBytes(50_000), minutes: Buffer.from('2026年度 机上演習 議事録\n参加者 12名\n', 'utf8') };
	const uploaded: Record<string, { evidence: string; sha256: string }> = {};
	let folder: string;

	beforeAll(async () => {
		process.env.MAMORI_REPORT_KEY = inject('reportKey');
		world = await createWorld();
		({ assessment } = await signedSelfCheck(world, 'pkg1', async ({ assessment, checklist }) => {
			const link = { link_type: 'selfcheck_item', link_id: assessment, link_part: `${checklist}:S1-01` };
			const a = await upload(
				world,
				'security',
				{ organisation: world.orgA, title: '情報セキュリティ基本方針', fiscal_year: '2026', ...link },
				{ bytes: files.policy, name: '基本方針.pdf' }
			);
			const b = await upload(
				world,
				'security',
				{ organisation: world.orgA, title: '机上演習の議事録', fiscal_year: '2025', expires_on: '2026-03-31', ...link },
				{ bytes: files.minutes, name: 'minutes.txt' }
			);
			if (!a.ok || !b.ok) throw new Error('upload failed');
			uploaded.policy = a.value;
			uploaded.minutes = b.value;
			const url = await linkEvidence(world, '社内ポータルの手順書');
			await world
				.client('security')
				.collection('evidence_links')
				.create({
					organisation: world.orgA,
					evidence: url,
					target_type: 'selfcheck_item',
					target_id: assessment,
					target_part: `${checklist}:S1-02`
				});
			const auditor = world.client('auditor');
			await auditor.collection('evidence_reviews').create({ organisation: world.orgA, evidence: a.value.evidence, verdict: 'accepted' });
			await auditor
				.collection('evidence_reviews')
				.create({ organisation: world.orgA, evidence: b.value.evidence, verdict: 'rejected', comment: '前年度の記録です。' });
			await auditor.collection('findings').create({
				organisation: world.orgA,
				target_type: 'selfcheck_item',
				target_id: assessment,
				target_part: `${checklist}:S1-01`,
				title: '演習記録が前年度のもの',
				severity: 'medium',
				due_date: '2026-12-31'
			});
		}));
		folder = mkdtempSync(join(tmpdir(), 'mamori-package-'));
	});

	afterAll(async () => {
		await shutdownPdfWorker();
		rmSync(folder, { recursive: true, force: true });
	});

	it('puts each item’s evidence, review state and findings into the report’s snapshot', async () => {
		const snap = await loadSelfCheckSnapshot(world.client('auditor'), assessment);
		const item = snap.items.find((i) => i.itemId === 'S1-01');
		expect(item?.answer.evidence.map((e) => [e.title, e.revision?.sha256, e.review, e.expiresOn])).toEqual([
			['情報セキュリティ基本方針', uploaded.policy.sha256, 'accepted', ''],
			['机上演習の議事録', uploaded.minutes.sha256, 'rejected', '2026-03-31']
		]);
		expect(snap.items.find((i) => i.itemId === 'S1-02')?.answer.evidence[0]).toMatchObject({ kind: 'link', revision: null });
		expect(snap.findings?.map((f) => [f.title, f.status, f.item?.itemId])).toEqual([['演習記録が前年度のもの', 'open', 'S1-01']]);
	});

	it('streams a ZIP of the stated size whose every file matches the manifest, and the manifest the report', async () => {
		const made = await auditPackage(world.client('security'), assessment, 'ja');
		const zip = await collect(made.stream);
		expect(zip.length).toBe(made.size);
		const entries = await unzip(zip);
		const manifest = JSON.parse((entries.get('manifest.json') as Buffer).toString('utf8')) as Manifest;
		expect(extractManifestSha256(entries.get('report.pdf') as Buffer)).toBe(sha256(entries.get('manifest.json') as Buffer));
		const withFiles = manifest.entries.filter((e) => e.path);
		expect(withFiles.map((e) => e.sha256)).toEqual([uploaded.policy.sha256, uploaded.minutes.sha256]);
		for (const e of withFiles)
			expect(
				createHash('sha256')
					.update(entries.get(e.path as string) as Buffer)
					.digest('hex')
			).toBe(e.sha256);
		expect(withFiles.map((e) => [e.path, e.review, e.expired])).toEqual([
			['evidence/001-基本方針.pdf', 'accepted', false],
			['evidence/002-minutes.txt', 'rejected', true]
		]);
		expect(manifest.entries.find((e) => !e.path)).toMatchObject({ kind: 'link', url: 'https://intranet.example/policy', sha256: null });
		expect((entries.get('manifest.csv') as Buffer).toString('utf8')).toMatch(/^\uFEFFパッケージ内のパス,SHA-256/);
		// the report in the package is registered like any other
		const registered = await world
			.client('auditor')
			.collection('reports')
			.getFullList({ filter: world.superuser.filter('report_id = {:id}', { id: made.reportId }) });
		expect(registered).toHaveLength(1);
		expect(registered[0].pdf_sha256).toBe(sha256(entries.get('report.pdf') as Buffer));

		for (const [path, bytes] of entries) {
			mkdirSync(dirname(join(folder, path)), { recursive: true });
			writeFileSync(join(folder, path), bytes);
		}
		const intact = await checkPackageFolder(folder);
		expect(intact.intact).toBe(true);
		expect(intact.files.map((f) => f.state)).toEqual(['match', 'match']);
		const run = verifyOffline(folder);
		expect(run.stdout).toContain('PACKAGE INTACT: 2 match, 0 differ, 0 missing, 0 added');
		expect(run.status).toBe(0);
	});

	it('names the file that was changed, the one removed and the one added', async () => {
		writeFileSync(join(folder, 'evidence/001-基本方針.pdf'), pdfBytes(100));
		unlinkSync(join(folder, 'evidence/002-minutes.txt'));
		writeFileSync(join(folder, 'evidence/extra.txt'), 'not in the manifest');
		const check = await checkPackageFolder(folder);
		expect(check.intact).toBe(false);
		expect(check.manifest).toBe('match');
		expect(check.files.map((f) => [f.path, f.state])).toEqual([
			['evidence/001-基本方針.pdf', 'differs'],
			['evidence/002-minutes.txt', 'missing']
		]);
		expect(check.unexpected).toEqual(['evidence/extra.txt']);
		const run = verifyOffline(folder);
		expect(run.stdout).toMatch(/^DIFFERS {2}evidence\/001-基本方針\.pdf/m);
		expect(run.stdout).toMatch(/^MISSING {2}evidence\/002-minutes\.txt/m);
		expect(run.stdout).toMatch(/^ADDED {4}evidence\/extra\.txt/m);
		expect(run.status).toBe(1);
		writeFileSync(join(folder, 'manifest.json'), '{"format":"mamori-audit-package/1","entries":[]}');
		expect((await checkPackageFolder(folder)).manifest).toBe('differs');
	});

	it('is made for no one outside the organisation', async () => {
		await expect(auditPackage(world.client('otherOrg'), assessment, 'ja')).rejects.toThrow();
		await expect(auditPackage(world.client('anonymous'), assessment, 'ja')).rejects.toThrow();
	});
});
