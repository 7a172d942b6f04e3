// The whole export path against a real PocketBase: snapshot read once with a
// member's token → PDF in the worker → registration with HMAC → verification
// of the untouched file, of a file with one changed byte, and after the data changed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { snapshotSha256 } from '$lib/domain/reports/integrity';
import { generateReport } from '$lib/server/reports/generate';
import { shutdownPdfWorker } from '$lib/server/reports/render';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import { reportSignature } from '$lib/server/reports/register';
import { verifyAgainstServer, verifyUploadedReport } from '$lib/server/reports/verify-upload';
import type { StoredReportRecord } from '$lib/domain/reports/verify';
import { pinnedChecklist } from './support/selfcheck';
import { createWorld, type World } from './support/world';

describe('self-check report export', () => {
	let world: World;
	let assessment: string;

	beforeAll(async () => {
		process.env.MAMORI_REPORT_KEY = inject('reportKey');
		world = await createWorld();
		const checklist = await pinnedChecklist(world, 'r1');
		const security = world.client('security');
		({ id: assessment } = await security.send<{ id: string }>('/api/mamori/assessments', {
			method: 'POST',
			body: { organisation: world.orgA, fiscal_year: 2026, checklists: [checklist] }
		}));
		await security
			.collection('answers')
			.create({ organisation: world.orgA, assessment, checklist, item_id: 'S1-01', status: 'implemented', notes: '**規程**で確認した。' });
		await security.collection('answers').create({
			organisation: world.orgA,
			assessment,
			checklist,
			item_id: 'S1-02',
			status: 'partial',
			owner: '情報システム部',
			target_date: '2027-03-31'
		});
		await security.collection('assessments').update(assessment, { status: 'submitted' });
		await world
			.client('executive')
			.collection('signoffs')
			.create({ organisation: world.orgA, subject_collection: 'assessments', subject_id: assessment });
	});

	afterAll(() => shutdownPdfWorker());

	const findRecord =
		(world: World) =>
		async (reportId: string): Promise<StoredReportRecord | null> => {
			const list = await world
				.client('auditor')
				.collection('reports')
				.getFullList({ filter: world.superuser.filter('report_id = {:id}', { id: reportId }) });
			const r = list[0];
			return r
				? {
						reportId: r.report_id,
						pdfSha256: r.pdf_sha256,
						snapshotSha256: r.snapshot_sha256,
						organisationName: '',
						fiscalYear: r.fiscal_year,
						type: r.type,
						createdAt: r.created
					}
				: null;
		};

	it('reads the snapshot once and hashes the same data the same way later', async () => {
		const a = await loadSelfCheckSnapshot(world.client('auditor'), assessment);
		const b = await loadSelfCheckSnapshot(world.client('executive'), assessment);
		expect(a.items.map((i) => [i.itemId, i.answer.status])).toEqual([
			['S1-01', 'implemented'],
			['S1-02', 'partial']
		]);
		expect(a.signoff?.signerName).toContain('executive');
		expect(await snapshotSha256(a)).toBe(await snapshotSha256(b));
	});

	it('produces, registers and verifies a signed report', async () => {
		const report = await generateReport(world.client('auditor'), { type: 'selfcheck', subjectId: assessment, language: 'ja' });
		expect(report.reportId).toMatch(/^MR-2026-[A-Z2-7]{8}$/);
		const stored = await world.client('auditor').collection('reports').getOne(report.id);
		expect(stored).toMatchObject({ status: 'signed', fiscal_year: 2026, language: 'ja', created_by: world.users.auditor.id });

		const dir = mkdtempSync(join(tmpdir(), 'mamori-report-'));
		const file = join(dir, 'report.pdf');
		writeFileSync(file, report.pdf);
		const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		expect(text).toContain(report.reportId);
		expect(text).toContain('S1-01');
		expect(text).toContain('情報システム部');
		expect(text).toContain('executive');

		const current = async () => snapshotSha256(await loadSelfCheckSnapshot(world.client('auditor'), assessment));
		const ok = await verifyUploadedReport(report.pdf, { findRecord: findRecord(world), currentSnapshotSha256: current });
		expect(ok.verdict).toMatchObject({ verdict: 'authentic', dataChanged: false });

		const changed = new Uint8Array(report.pdf);
		changed[Math.floor(changed.length / 2)] ^= 0x01;
		const bad = await verifyUploadedReport(changed, { findRecord: findRecord(world), currentSnapshotSha256: current });
		expect(bad.verdict.verdict).toBe('tampered');

		// the same through the server's public verify route, as /verify and the CLI do it
		const viaServer = await verifyAgainstServer(report.pdf, { pb: world.client('anonymous'), member: world.client('auditor') });
		expect(viaServer).toMatchObject({ signatureValid: true, verdict: { verdict: 'authentic', dataChanged: false } });
		expect(viaServer.registration).toMatchObject({ type: 'selfcheck', fiscalYear: 2026, language: 'ja', status: 'signed' });
		const anonymous = await verifyAgainstServer(report.pdf, { pb: world.client('anonymous'), member: null });
		expect(anonymous.verdict).toMatchObject({ verdict: 'authentic', dataChanged: null });
	});

	it('signs type, fiscal year, language and status: a registration differing in any of them is refused', async () => {
		const report = await generateReport(world.client('auditor'), { type: 'selfcheck', subjectId: assessment, language: 'ja' });
		const stored = await world.superuser.collection('reports').getOne(report.id);
		expect(stored.signature_version).toBe(2);
		const security = world.client('security');
		const signed = {
			report_id: 'MR-2026-AAAAAAAA',
			type: String(stored.type),
			organisation: String(stored.organisation),
			subject_id: String(stored.subject_id),
			fiscal_year: Number(stored.fiscal_year),
			language: String(stored.language),
			status: String(stored.status),
			snapshot_sha256: String(stored.snapshot_sha256),
			pdf_sha256: String(stored.pdf_sha256)
		};
		const signature = reportSignature(signed, inject('reportKey'));
		const attempt = (changes: Record<string, string | number>) =>
			security
				.collection('reports')
				.create({ ...signed, ...changes, signature })
				.then(
					() => 200,
					(e: { status: number }) => e.status
				);
		for (const [field, value] of [
			['fiscal_year', 2027],
			['language', 'en'],
			['status', 'draft']
		] as const) {
			expect(await attempt({ [field]: value }), field).toBe(400);
		}
		// the same registration, unchanged, is accepted: the refusals above are about the changed field
		expect(await attempt({})).toBe(200);
	});

	it('tells when the data behind a report has changed since', async () => {
		const security = world.client('security');
		const { id: next } = await security.send<{ id: string }>(`/api/mamori/assessments/${assessment}/reopen`, {
			method: 'POST',
			body: { reason: '修正' }
		});
		const draft = await generateReport(security, { type: 'selfcheck', subjectId: next, language: 'en' });
		const [answer] = await security
			.collection('answers')
			.getFullList({ filter: security.filter('assessment = {:a} && item_id = "S1-02"', { a: next }) });
		await security.collection('answers').update(answer.id, { status: 'implemented', expected_version: answer.version });
		const current = async () => snapshotSha256(await loadSelfCheckSnapshot(security, next));
		const result = await verifyUploadedReport(draft.pdf, { findRecord: findRecord(world), currentSnapshotSha256: current });
		expect(result.verdict).toMatchObject({ verdict: 'authentic', dataChanged: true });
		expect((await security.collection('reports').getOne(draft.id)).status).toBe('draft');
	});
});
