/**
 * Long reports laid out in parts (pdf-parts.js): the same pages as a layout
 * in one pass — page numbers "n / N" over all parts, the table of contents'
 * page numbers, header, footer and watermark on every page, one embedded
 * subset per font, the report ID in the metadata — and the PDF verifies.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotSha256 } from '$lib/domain/reports/integrity';
import { reportToPdfSpec } from '$lib/domain/reports/pdf/document';
import { buildSelfCheckReport } from '$lib/domain/reports/selfcheck/build';
import { syntheticSnapshot } from '$lib/domain/reports/selfcheck/synthetic';
import { exportSelfCheckReport, type ExportedReport } from './export-selfcheck';
import { extractReportId } from './extract-id';
import { planParts } from './pdf-parts.js';
import { pdfFonts, pdfToText, qpdfCheck } from './pdf-tools';
import { renderInProcess, shutdownPdfWorker } from './render';
import { verifyUploadedReport } from './verify-upload';

const dir = mkdtempSync(path.join(tmpdir(), 'mamori-parts-'));
const REPORT_ID = 'MR-2026-PARTSAAA';
const snap = syntheticSnapshot({ items: 60, sections: 4, unansweredRate: 0 });
/** Small parts, so that this short report is cut many times, also inside its long tables. */
const PART = 120;
// the PDF worker reads it when it starts (pdf-engine.js)
process.env.MAMORI_PDF_PART_TEXT_NODES = String(PART);

let spec: ReturnType<typeof reportToPdfSpec>;
let exported: ExportedReport;
let parted: { file: string; pages: string[]; pdf: Uint8Array };
let whole: { file: string; pages: string[] };

function save(name: string, bytes: Uint8Array): string {
	const file = path.join(dir, name);
	writeFileSync(file, bytes);
	return file;
}

/** Text per page (pdftotext separates pages with form feeds). */
const pagesOf = (file: string): string[] => pdfToText(file, 'layout').split('\f').slice(0, -1);

beforeAll(async () => {
	const model = buildSelfCheckReport(snap, { reportId: REPORT_ID, snapshotSha256: await snapshotSha256(snap) });
	spec = reportToPdfSpec(model);
	// the export path (validate, hash, build, render in the worker, hash) in parts; the same document in one pass
	exported = await exportSelfCheckReport(snap, { reportId: REPORT_ID });
	const a = { pdf: exported.pdf, stats: exported.stats };
	const b = await renderInProcess(spec, undefined, { partTextNodes: Infinity });
	const fileA = save('parted.pdf', a.pdf);
	const fileB = save('whole.pdf', b.pdf);
	parted = { file: fileA, pages: pagesOf(fileA), pdf: a.pdf };
	whole = { file: fileB, pages: pagesOf(fileB) };
	expect(a.stats.pages).toBe(parted.pages.length);
	expect(b.stats.pages).toBe(whole.pages.length);
}, 120_000);

afterAll(() => shutdownPdfWorker());

describe('a report laid out in parts', () => {
	it('is cut into many parts at this size', () => {
		const plan = planParts(structuredClone(spec.doc.content), () => 1, PART / 12);
		expect(plan?.parts.length ?? 0).toBeGreaterThan(5);
	});

	it('has the same pages, with the same text, as the layout in one pass', () => {
		expect(parted.pages.length).toBeGreaterThan(20);
		expect(parted.pages.length).toBe(whole.pages.length);
		parted.pages.forEach((text, i) => expect(text, `page ${i + 1}`).toBe(whole.pages[i]));
	});

	it('numbers every page "n / N" over all parts, under the header, with the draft watermark', () => {
		const total = parted.pages.length;
		const raw = pdfToText(parted.file, 'raw').split('\f');
		parted.pages.forEach((text, i) => {
			if (i === 0) return; // the cover has no header or footer
			expect(text, `page ${i + 1}`).toContain(`${i + 1} / ${total} ページ`);
			expect(text, `page ${i + 1}`).toContain('サンプル電力株式会社');
			expect(raw[i].replace(/\s+/g, ''), `page ${i + 1}`).toContain('DRAFT');
		});
	});

	it('gives each entry of the table of contents the page its section starts on', () => {
		const contents = parted.pages[1];
		expect(contents).toContain('目次');
		const entries = [...contents.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1].trim(), page: Number(m[2]) }));
		expect(entries.length).toBeGreaterThan(8);
		for (const { title, page } of entries) {
			expect(page, title).toBeGreaterThan(2);
			const squeezed = title.replace(/\s+/g, '');
			expect(parted.pages[page - 1].replace(/\s+/g, ''), `${title} on page ${page}`).toContain(squeezed);
		}
		// the same entries and numbers as the table pdfmake builds in one pass
		expect(contents).toBe(whole.pages[1]);
	});

	it('embeds each font once, is a valid PDF and carries the report ID', () => {
		const fonts = pdfFonts(parted.file);
		expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansJP-Bold', 'NotoSansJP-Regular']);
		expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
		expect(qpdfCheck(parted.file)).toMatch(/No syntax or stream encoding errors/);
		expect(extractReportId(parted.pdf)).toBe(REPORT_ID);
	});

	it('verifies as authentic against its registration', async () => {
		const { verdict } = await verifyUploadedReport(parted.pdf, {
			findRecord: async (id) => (id === REPORT_ID ? exported.record : null),
			currentSnapshotSha256: async () => snapshotSha256(snap)
		});
		expect(verdict).toMatchObject({ verdict: 'authentic', reportId: REPORT_ID, dataChanged: false });
	});
});
