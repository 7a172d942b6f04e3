/**
 * The self-check report end to end: synthetic snapshot → export path (worker)
 * → PDF checked with the Debian tools → verification verdicts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '$lib/domain/reports/format';
import { snapshotSha256 } from '$lib/domain/reports/integrity';
import { syntheticSnapshot } from '$lib/domain/reports/selfcheck/synthetic';
import type { SelfCheckSnapshot } from '$lib/domain/reports/selfcheck/snapshot';
import type { StoredReportRecord } from '$lib/domain/reports/verify';
import { scoreAnswers } from '$lib/domain/selfcheck/scoring';
import { exportSelfCheckReport, type ExportedReport } from './export-selfcheck';
import { extractReportId } from './extract-id';
import { pdfFonts, pdfToText, qpdfCheck } from './pdf-tools';
import { shutdownPdfWorker } from './render';
import { verifyUploadedReport } from './verify-upload';

const dir = mkdtempSync(path.join(tmpdir(), 'mamori-selfcheck-'));
const signedSnap = syntheticSnapshot({ items: 90, sections: 8, signed: true });
const draftSnap = syntheticSnapshot({ items: 90, sections: 8, signed: false });
const REPORT_ID = 'MR-2026-SELFCHKA';

let signedJa: ExportedReport;
let signedJaText: string;

function save(name: string, bytes: Uint8Array): string {
	const file = path.join(dir, name);
	writeFileSync(file, bytes);
	return file;
}

/** pdftotext output without line breaks and spaces, for phrases that may wrap. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

beforeAll(async () => {
	signedJa = await exportSelfCheckReport(signedSnap, { reportId: REPORT_ID });
	signedJaText = pdfToText(save('signed-ja.pdf', signedJa.pdf));
}, 60_000);
afterAll(() => shutdownPdfWorker());

describe('self-check report PDF', () => {
	it('passes qpdf --check and embeds a subset of Noto Sans JP', () => {
		const file = path.join(dir, 'signed-ja.pdf');
		expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
		const fonts = pdfFonts(file);
		expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansJP-Bold', 'NotoSansJP-Regular']);
		for (const font of fonts)
			expect(font).toMatchObject({ embedded: true, subset: true, name: expect.stringMatching(/^[A-Z]{6}\+NotoSansJP/) });
	});

	it('contains the Japanese text, the scores as formatted, item ids and the signer', () => {
		const text = squeeze(signedJaText);
		for (const phrase of [
			'安全基準等自己検証報告書',
			'サンプル電力株式会社（合成データ）',
			'2026年度',
			'エグゼクティブサマリー',
			'要検討事項',
			'参考事項',
			'目次'
		]) {
			expect(text).toContain(phrase);
		}
		const score = scoreAnswers(
			signedSnap.items.map((i) => ({ itemId: i.itemId, sectionId: i.sectionId, classification: i.classification, status: i.answer.status }))
		);
		for (const ratio of [score.consider.ratio, score.reference.ratio, score.overall.ratio]) expect(text).toContain(formatPercent(ratio));
		for (const item of [signedSnap.items[0], signedSnap.items[45], signedSnap.items[89]]) expect(text).toContain(item.itemId);
		expect(text).toContain(squeeze('山本 恵子（代表取締役社長）'));
		expect(text).toContain(REPORT_ID);
		expect(text).toContain(signedJa.record.snapshotSha256); // in full on the verification page
		expect(signedJaText).not.toContain('DRAFT');
		expect(squeeze(pdfToText(path.join(dir, 'signed-ja.pdf'), 'raw'))).not.toContain('DRAFT/下書き');
	});

	it('has no blank pages', async () => {
		// This snapshot once gave a blank page: a table ending exactly at the foot of a page, then a section break.
		const out = await exportSelfCheckReport(syntheticSnapshot({ items: 120, sections: 10, signed: true }), { reportId: REPORT_ID });
		const bodies = pdfToText(save('blank-check.pdf', out.pdf), 'reading', { top: 60, bottom: 780 }).split('\f').slice(0, out.stats.pages);
		expect(bodies).toHaveLength(out.stats.pages);
		bodies.forEach((body, i) => expect(body.trim(), `page ${i + 1}`).not.toBe(''));
	}, 60_000);

	it('breaks Japanese lines by the kinsoku rules', () => {
		const lines = pdfToText(path.join(dir, 'signed-ja.pdf'), 'layout')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
		const bad = lines.filter((l) => /^[、。，．）」』】]/.test(l));
		expect(bad).toEqual([]);
	});

	it('has the draft watermark on every page of a draft', async () => {
		const draft = await exportSelfCheckReport(draftSnap, { reportId: REPORT_ID });
		const file = save('draft-ja.pdf', draft.pdf);
		// In content-stream order the watermark, drawn last, ends every page.
		const pages = pdfToText(file, 'raw')
			.split('\f')
			.filter((p) => p.trim() !== '');
		expect(pages.length).toBe(draft.stats.pages);
		for (const page of pages) expect(squeeze(page).endsWith('DRAFT/下書き')).toBe(true);
		expect(squeeze(pdfToText(file))).toContain('この自己検証はまだ署名されていません');
	}, 60_000);

	it('uses English labels and item titles in English output', async () => {
		const en = await exportSelfCheckReport(signedSnap, { reportId: REPORT_ID, language: 'en' });
		const text = pdfToText(save('signed-en.pdf', en.pdf));
		for (const label of [
			'Safety-standard self-check report',
			'Contents',
			'Executive summary',
			'Items to consider',
			'Reference items',
			'Item-by-item answers',
			'Signed by',
			'Verification',
			'FY2026'
		]) {
			expect(text).toContain(label);
		}
		expect(text).toMatch(/Page \d+ of \d+/);
		expect(text).not.toContain('エグゼクティブサマリー');
		expect(squeeze(text)).toContain(squeeze(signedSnap.items[0].title.en));
	}, 60_000);

	it('is byte-identical when exported again from the same snapshot', async () => {
		const again = await exportSelfCheckReport(structuredClone(signedSnap), { reportId: REPORT_ID });
		expect(again.record).toEqual(signedJa.record);
		expect(Buffer.compare(Buffer.from(again.pdf), Buffer.from(signedJa.pdf))).toBe(0);
	}, 60_000);
});

describe('verifying an uploaded report', () => {
	const records = (): Map<string, StoredReportRecord> => new Map([[signedJa.record.reportId, signedJa.record]]);
	const deps = (current: SelfCheckSnapshot) => ({
		findRecord: async (id: string) => records().get(id) ?? null,
		currentSnapshotSha256: async () => snapshotSha256(current)
	});

	it('is authentic for the exported bytes, with no data change', async () => {
		const { verdict } = await verifyUploadedReport(signedJa.pdf, deps(signedSnap));
		expect(verdict).toMatchObject({ verdict: 'authentic', reportId: REPORT_ID, dataChanged: false });
	});

	it('is tampered when one byte changed', async () => {
		const changed = Uint8Array.from(signedJa.pdf);
		const at = Math.floor(changed.length / 2);
		changed[at] = changed[at] ^ 0x01;
		expect(extractReportId(changed)).toBe(REPORT_ID);
		const { verdict, pdfSha256 } = await verifyUploadedReport(changed, deps(signedSnap));
		expect(pdfSha256).not.toBe(signedJa.record.pdfSha256);
		expect(verdict.verdict).toBe('tampered');
	});

	it('reports a data change after the export', async () => {
		const later = structuredClone(signedSnap);
		later.items[0].answer.status = later.items[0].answer.status === 'implemented' ? 'partial' : 'implemented';
		const { verdict } = await verifyUploadedReport(signedJa.pdf, deps(later));
		expect(verdict).toMatchObject({ verdict: 'authentic', dataChanged: true });
	});

	it('is not-found for an unknown ID and unknown for a file without one', async () => {
		const noRecords = { findRecord: async () => null, currentSnapshotSha256: async () => null };
		expect((await verifyUploadedReport(signedJa.pdf, noRecords)).verdict).toEqual({ verdict: 'not-found', reportId: REPORT_ID });
		const other = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Keywords (something else) >> endobj\n%%EOF');
		expect((await verifyUploadedReport(other, deps(signedSnap))).verdict).toEqual({ verdict: 'unknown' });
	});
});
