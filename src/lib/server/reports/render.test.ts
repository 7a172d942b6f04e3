/**
 * The report engine on the server: pdfmake in-process and in the worker,
 * determinism, PDF validity, embedded fonts, ID extraction, event loop.
 * (The self-check report's content is tested in selfcheck-export.test.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportModel, Section } from '$lib/domain/reports/model';
import { reportToPdfSpec } from '$lib/domain/reports/pdf/document';
import type { PdfContent } from '$lib/domain/reports/pdf/types';
import { extractReportId } from './extract-id';
import { pdfFonts, pdfToText, qpdfCheck } from './pdf-tools';
import { renderInProcess, renderInWorker, shutdownPdfWorker, type RenderProgress } from './render';

const dir = mkdtempSync(path.join(tmpdir(), 'mamori-render-'));
afterAll(() => shutdownPdfWorker());

const PARAGRAPH = '重要システムの可用性を確保するため、バックアップからの復旧手順を年1回以上訓練し、その結果を経営層に報告している。';

function model(sections: Section[], status: 'draft' | 'signed' = 'draft'): ReportModel {
	return {
		meta: {
			reportId: 'MR-2026-TESTAAAA',
			type: 'selfcheck',
			title: '自己検証報告書（テスト）',
			organisationName: '東都電力株式会社',
			sectorName: '電力',
			fiscalYearLabel: '2026年度',
			status,
			language: 'ja',
			generatedAt: '2026-11-22T01:30:00Z',
			snapshotSha256: 'c0ffee'.padEnd(64, '0')
		},
		sections
	};
}

const small = model([
	{
		id: 'summary',
		title: '概要',
		blocks: [
			{ kind: 'paragraph', text: PARAGRAPH },
			{ kind: 'markdown', source: '**太字**と`コード`\n\n- 箇条書き' },
			{ kind: 'table', header: ['ID', '状態'], rows: [['GOV-01', { text: '実施済み', fill: '#e5f2e6' }]] },
			{ kind: 'barChart', title: 'グラフ', categories: ['組織統治'], series: [{ name: '要検討事項', color: '#1f3a5f', values: [0.5] }] }
		]
	}
]);

/** Many long Japanese paragraphs: a report that takes a while to lay out. */
function big(paragraphs: number): ReportModel {
	const blocks = Array.from({ length: paragraphs }, (_, i) => ({
		kind: 'markdown' as const,
		source: `**項目 ${i + 1}**　${PARAGRAPH}${PARAGRAPH}`
	}));
	return model([{ id: 'detail', title: '詳細', blocks }]);
}

function save(name: string, bytes: Uint8Array): string {
	const file = path.join(dir, name);
	writeFileSync(file, bytes);
	return file;
}

describe('PDF rendering', () => {
	it('renders a valid A4 PDF with an embedded subset of Noto Sans JP and the report ID in its keywords', async () => {
		const { pdf, stats } = await renderInProcess(reportToPdfSpec(small));
		const file = save('small.pdf', pdf);
		expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
		const fonts = pdfFonts(file);
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) {
			expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold)$/);
			expect(font.embedded).toBe(true);
			expect(font.subset).toBe(true);
		}
		const text = pdfToText(file);
		expect(text).toContain('東都電力株式会社');
		expect(text).toContain('目次');
		expect(text).toContain('GOV-01');
		expect(stats.pages).toBeGreaterThanOrEqual(4);
		expect(extractReportId(pdf)).toBe('MR-2026-TESTAAAA');
		expect(Buffer.from(pdf).toString('latin1')).toContain('(mamori-report-id:MR-2026-TESTAAAA ');
	});

	it('gives byte-identical PDFs for the same model, in process and in the worker', async () => {
		const spec = reportToPdfSpec(small);
		const a = await renderInProcess(spec);
		const b = await renderInProcess(reportToPdfSpec(structuredClone(small)));
		const c = await renderInWorker(spec);
		expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0);
		expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(c.pdf))).toBe(0);
		const later = await renderInProcess(reportToPdfSpec({ ...small, meta: { ...small.meta, generatedAt: '2026-11-23T01:30:00Z' } }));
		expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(later.pdf))).not.toBe(0);
	});

	it('keeps the draft watermark off signed reports', async () => {
		expect(reportToPdfSpec(small).doc.watermark?.text).toBe('DRAFT / 下書き');
		expect(reportToPdfSpec(model(small.sections, 'signed')).doc.watermark).toBeUndefined();
	});

	// How long the event loop may pause during an export is a benchmark figure (bench/), not a
	// timed assertion: here we only check that the main thread keeps running while the worker renders.
	it('renders in the worker while the main thread keeps running, and reports progress', async () => {
		const spec = reportToPdfSpec(big(1500));
		const progress: RenderProgress[] = [];
		const ticksAtProgress: number[] = [];
		let ticks = 0;
		const timer = setInterval(() => ticks++, 1);
		const { pdf, stats } = await renderInWorker(spec, (p) => {
			progress.push(p);
			ticksAtProgress.push(ticks);
		});
		clearInterval(timer);
		expect(stats.pages).toBeGreaterThan(40);
		// timers fired between the first and the last progress message: the render did not hold the main thread
		expect(ticksAtProgress[ticksAtProgress.length - 1]).toBeGreaterThan(ticksAtProgress[0]);
		const fractions = progress.map((p) => p.fraction);
		expect(fractions[0]).toBe(0);
		expect(fractions[fractions.length - 1]).toBe(1);
		expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
		expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['layout', 'render', 'output', 'done']));
		expect(extractReportId(pdf)).toBe('MR-2026-TESTAAAA');
	}, 60_000);

	it('reports rendering errors from the worker and keeps working afterwards', async () => {
		const spec = reportToPdfSpec(small);
		const broken = { ...spec, doc: { ...spec.doc, defaultStyle: { ...spec.doc.defaultStyle, font: 'NoSuchFont' } } };
		await expect(renderInWorker(broken)).rejects.toThrow(/PDF rendering failed: .*NoSuchFont/);
		const uncloneable = { ...spec, doc: { ...spec.doc, content: [{ text: 'x', fn: () => 1 } as unknown as PdfContent] } };
		await expect(renderInWorker(uncloneable)).rejects.toThrow(/could not be cloned/);
		const ok = await renderInWorker(spec);
		expect(extractReportId(ok.pdf)).toBe('MR-2026-TESTAAAA');
	});
});

describe('Japanese text', () => {
	it('keeps every character when runs are wrapped over lines and pages', async () => {
		const paragraphs = Array.from({ length: 40 }, (_, i) => `第${i + 1}段落：${PARAGRAPH.repeat(1 + (i % 4))}（参照：SHA-256）`);
		// signed: no watermark, whose glyphs pdftotext would mix into the text
		const m = model([{ id: 'text', title: '本文', blocks: paragraphs.map((source) => ({ kind: 'markdown' as const, source })) }], 'signed');
		const file = save('text.pdf', (await renderInProcess(reportToPdfSpec(m))).pdf);
		const text = pdfToText(file, 'reading', { top: 60, bottom: 780 }).replace(/\s+/g, ''); // without running header and footer
		for (const p of paragraphs) expect(text).toContain(p.replace(/\s+/g, ''));
	});
});

describe('extractReportId', () => {
	it('finds nothing in files that are not mamori PDFs', () => {
		expect(extractReportId(new TextEncoder().encode('hello'))).toBeNull();
		expect(extractReportId(new TextEncoder().encode('%PDF-1.3\n1 0 obj\n<< /Keywords (other) >>\nendobj\n'))).toBeNull();
	});

	it('reads literal, escaped, UTF-16 and hex keyword strings', () => {
		const utf16 = (s: string): string =>
			String.fromCharCode(0xfe, 0xff) + [...s].map((c) => String.fromCharCode(c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff)).join('');
		const pdf = (body: string): Uint8Array => Buffer.from(`%PDF-1.3\n${body}\n%%EOF`, 'latin1');
		expect(extractReportId(pdf('<< /Keywords (a\\(b\\) mamori-report-id:MR-2026-ABCDEFGH) >>'))).toBe('MR-2026-ABCDEFGH');
		expect(extractReportId(pdf(`<< /Keywords (${utf16('監査 mamori-report-id:MR-2026-QRSTUVWX')}) >>`))).toBe('MR-2026-QRSTUVWX');
		const hex = Buffer.from('mamori-report-id:MR-2027-ZZZZ2345', 'latin1').toString('hex');
		expect(extractReportId(pdf(`<< /Keywords <${hex}> >>`))).toBe('MR-2027-ZZZZ2345');
		expect(extractReportId(pdf('<< /Keywords 12 0 R >>\n12 0 obj\n(mamori-report-id:MR-2026-AAAABBBB)\nendobj'))).toBe('MR-2026-AAAABBBB');
	});
});
