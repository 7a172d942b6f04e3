/** The board report as a PDF: short (2–4 pages, cover included) in both languages, valid, its text in the file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBoardReport } from '$lib/domain/reports/board/build';
import { syntheticBoardSnapshot } from '$lib/domain/reports/board/fixtures';
import { reportToPdfSpec } from '$lib/domain/reports/pdf/document';
import { pdfToText, qpdfCheck } from './pdf-tools';
import { renderInProcess } from './render';

const dir = process.env.MAMORI_BOARD_PDF_DIR ?? mkdtempSync(path.join(tmpdir(), 'mamori-board-'));

describe('the board report PDF', () => {
	for (const language of ['ja', 'en'] as const) {
		it(`is 2–4 pages in ${language}, valid, with its figures`, async () => {
			const model = buildBoardReport(syntheticBoardSnapshot(), { reportId: 'MR-2026-BOARDPDF', snapshotSha256: 'd'.repeat(64), language });
			const { pdf, stats } = await renderInProcess(reportToPdfSpec(model));
			const file = path.join(dir, `board-${language}.pdf`);
			writeFileSync(file, pdf);
			expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
			expect(stats.pages).toBeGreaterThanOrEqual(2);
			expect(stats.pages).toBeLessThanOrEqual(4);
			const text = pdfToText(file).replace(/\s+/g, '');
			expect(text).toContain(language === 'ja' ? '経営層向け報告書' : 'Boardreport');
			expect(text).toContain(language === 'ja' ? '期限切れ（11日経過）' : 'Expired11daysago');
		}, 60_000);
	}
});
