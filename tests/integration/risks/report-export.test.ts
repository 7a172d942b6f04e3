// The risk report and the risk-acceptance sheet through the one export path:
// snapshot read once with a member's token → PDF → registration → verification
// (untouched, and after the register changed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { snapshotSha256 } from '$lib/domain/reports/integrity';
import { generateReport } from '$lib/server/reports/generate';
import { shutdownPdfWorker } from '$lib/server/reports/render';
import { verifyAgainstServer } from '$lib/server/reports/verify-upload';
import { loadRiskSnapshot } from '$lib/server/risks/report-snapshot';
import { planOf } from '../support/plans';
import { acceptanceRequest, analysedRisk, pbDate } from '../support/risks';
import { createWorld, type World } from '../support/world';

const pdfText = (pdf: Uint8Array) => {
	const file = join(mkdtempSync(join(tmpdir(), 'mamori-risk-report-')), 'r.pdf');
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('risk report export', () => {
	let world: World;
	let acceptance: string;
	let risk: string;

	beforeAll(async () => {
		process.env.MAMORI_REPORT_KEY = inject('reportKey');
		world = await createWorld();
		risk = await analysedRisk(world, { title: '変電所への電力供給の途絶', owner: '変電部長' });
		await world
			.client('security')
			.collection('risk_actions')
			.create({
				organisation: world.orgA,
				risk,
				title: '非常用発電機の燃料を72時間分に増やす',
				owner: '総務部',
				status: 'planned',
				due_date: pbDate(-3),
				plans: [await planOf(world, 'bcp')]
			});
		({ id: acceptance } = await acceptanceRequest(world));
		const executive = world.client('executive');
		const preview = await executive.send<{ sha256: string }>(`/api/mamori/risk-acceptances/${acceptance}/preview`, { method: 'GET' });
		await executive.collection('signoffs').create({
			organisation: world.orgA,
			subject_collection: 'risk_acceptances',
			subject_id: acceptance,
			statement: '期限まで保有を認める',
			expected_sha256: preview.sha256
		});
	});

	afterAll(() => shutdownPdfWorker());

	it('reads the same snapshot for every member', async () => {
		const a = await loadRiskSnapshot(world.client('auditor'), world.orgA);
		const b = await loadRiskSnapshot(world.client('security'), world.orgA);
		expect(a.risks.map((r) => r.title)).toContain('変電所への電力供給の途絶');
		expect(a.acceptances.find((x) => x.id === acceptance)?.approval?.statement).toBe('期限まで保有を認める');
		expect(await snapshotSha256(a)).toBe(await snapshotSha256(b));
	});

	it('produces, registers and verifies the risk report, and notices when the register changed', async () => {
		const report = await generateReport(world.client('auditor'), { type: 'risk', subjectId: world.orgA, language: 'ja' });
		const stored = await world.client('auditor').collection('reports').getOne(report.id);
		expect(stored).toMatchObject({ type: 'risk', status: 'draft', subject_id: world.orgA });
		const text = pdfText(report.pdf);
		for (const expected of [
			report.reportId,
			'リスク管理報告書',
			'変電所への電力供給の途絶',
			'非常用発電機の燃料を72時間分に増やす',
			'期限超過',
			'関係する計画',
			'ヒートマップ',
			'executive'
		]) {
			expect(text).toContain(expected);
		}
		const verdict = await verifyAgainstServer(report.pdf, { pb: world.client('anonymous'), member: world.client('auditor') });
		expect(verdict).toMatchObject({ signatureValid: true, verdict: { verdict: 'authentic', dataChanged: false } });
		await world.client('security').collection('risks').update(risk, { title: '変電所への電力供給の途絶（改）' });
		const after = await verifyAgainstServer(report.pdf, { pb: world.client('anonymous'), member: world.client('auditor') });
		expect(after.verdict).toMatchObject({ verdict: 'authentic', dataChanged: true });
	});

	it('produces the one-page acceptance sheet of an approved acceptance, in English too', async () => {
		const sheet = await generateReport(world.client('executive'), { type: 'acceptance', subjectId: acceptance, language: 'en' });
		const stored = await world.client('executive').collection('reports').getOne(sheet.id);
		expect(stored).toMatchObject({ type: 'acceptance', status: 'signed', subject_id: acceptance, language: 'en' });
		const text = pdfText(sheet.pdf);
		expect(text).toContain('Risk acceptance sheet');
		expect(text).toContain('期限まで保有を認める');
		expect(sheet.pages).toBe(4); // cover, contents, the acceptance, verification
		const verdict = await verifyAgainstServer(sheet.pdf, { pb: world.client('anonymous'), member: world.client('executive') });
		expect(verdict.verdict).toMatchObject({ verdict: 'authentic', dataChanged: false });
	});
});
