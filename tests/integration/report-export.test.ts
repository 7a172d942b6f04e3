// The whole export path against a real PocketBase: snapshot read once with a
// member's token → PDF in the worker → registration with HMAC → verification
// of the untouched file, of a file with one changed byte, and after the data changed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { snapshotSha256 } from '$lib/domain/reports/integrity';
import { generateSelfCheckReport } from '$lib/server/reports/generate';
import { shutdownPdfWorker } from '$lib/server/reports/render';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import { verifyUploadedReport } from '$lib/server/reports/verify-upload';
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
		// S1-02 is a reference item: adopted, so it is scored and listed as a gap
		await security
			.collection('reference_adoptions')
			.create({ organisation: world.orgA, assessment, checklist, item_id: 'S1-02', adopted: true, reason: '今年度から採用' });
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
		expect(a.items.map((i) => i.adoption)).toEqual([null, { adopted: true, reason: '今年度から採用', carriedOver: false }]);
		expect(a.signoff?.signerName).toContain('executive');
		expect(await snapshotSha256(a)).toBe(await snapshotSha256(b));
	});

	it('produces, registers and verifies a signed report', async () => {
		const report = await generateSelfCheckReport(world.client('auditor'), assessment, 'ja');
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
	});

	it('tells when the data behind a report has changed since', async () => {
		const security = world.client('security');
		const { id: next } = await security.send<{ id: string }>(`/api/mamori/assessments/${assessment}/reopen`, {
			method: 'POST',
			body: { reason: '修正' }
		});
		const draft = await generateSelfCheckReport(security, next, 'en');
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
