// @ts-check
/**
 * Renders a PdfRenderSpec (src/lib/domain/reports/pdf/types.ts) with pdfmake
 * 0.3 — in the calling thread (renderSpec) or, when loaded as a worker
 * thread with `workerData.mamoriPdfWorker`, as the PDF worker used by
 * render.ts#renderInWorker.
 *
 * Plain ESM JavaScript on purpose: the worker must start without a
 * TypeScript loader, under vitest/tsx and in the built app alike. It imports
 * only node built-ins, pdfmake and its sibling .js files in this folder
 * (pdf-layouts.js and pdfmake-*.js); keep all of them together (see
 * worker-url.ts).
 *
 * Security: pdfmake may not fetch URLs, and may read local files only if
 * they are the two font files (which it gets from its virtual file system
 * anyway, see configurePdfmake).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TABLE_LAYOUTS } from './pdf-layouts.js';
import { applyPartsPatch, PART_TEXT_NODES, partedContent, planParts } from './pdf-parts.js';
import { applyCjkPatches } from './pdfmake-cjk.js';
import { trimWidthCache } from './pdfmake-cjk-widths.js';
import { trimSharedCaches } from './pdfmake-fonts.js';
import { applyPdfmakePatches, measureHook } from './pdfmake-patches.js';

const require = createRequire(import.meta.url);

/**
 * @typedef {{ regular: string, bold: string }} FontFiles
 * @typedef {import('../../domain/reports/pdf/types').PdfRenderSpec} PdfRenderSpec
 * @typedef {import('../../domain/reports/pdf/types').RunningSpec} RunningSpec
 * @typedef {import('../../domain/reports/pdf/types').PdfContent} PdfContent
 * @typedef {{ width: number, height: number }} PageSize
 * @typedef {{ phase: 'layout' | 'render' | 'output' | 'done', fraction: number }} RenderProgress
 * @typedef {(progress: RenderProgress) => void} ProgressFn
 * @typedef {{ getBuffer(): Promise<Buffer> }} PdfOutput
 * @typedef {{ addFonts(fonts: Record<string, Record<string, string>>): void, setUrlAccessPolicy(fn: (url: string) => boolean): void,
 *   setLocalAccessPolicy(fn: (path: string) => boolean): void, setProgressCallback(fn: ((fraction: number) => void) | undefined): void,
 *   addTableLayouts(layouts: object): void, createPdf(doc: object, options?: object): PdfOutput,
 *   virtualfs: { writeFileSync(name: string, content: Buffer): void } }} PdfMake
 * @typedef {{ renderMs: number, heapUsedBytes: number, heapPeakBytes: number, maxRssKb: number, pages: number }} RenderStats
 */

const pdfmake = /** @type {PdfMake} */ (require('pdfmake'));

/** @type {Set<string>} */
const allowedFiles = new Set();
let configuredFonts = '';

/**
 * Registers fonts, access policies, layouts and patches (idempotent). The
 * font files are read once per thread into pdfmake's virtual file system
 * (about 11 MB), instead of once per document.
 * @param {FontFiles} fonts @param {string} family
 */
export function configurePdfmake(fonts, family) {
	applyPdfmakePatches();
	applyCjkPatches();
	applyPartsPatch();
	const key = `${family}\n${fonts.regular}\n${fonts.bold}`;
	if (configuredFonts === key) return;
	configuredFonts = key;
	allowedFiles.clear();
	allowedFiles.add(path.resolve(fonts.regular));
	allowedFiles.add(path.resolve(fonts.bold));
	const regular = `mamori-fonts/${family}-Regular.ttf`;
	const bold = `mamori-fonts/${family}-Bold.ttf`;
	pdfmake.virtualfs.writeFileSync(regular, readFileSync(fonts.regular));
	pdfmake.virtualfs.writeFileSync(bold, readFileSync(fonts.bold));
	pdfmake.addFonts({ [family]: { normal: regular, bold, italics: regular, bolditalics: bold } });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((file) => allowedFiles.has(path.resolve(file)));
	pdfmake.addTableLayouts(TABLE_LAYOUTS);
}

/** @param {RunningSpec} r @param {number} page @param {PageSize} size @returns {object | null} */
function header(r, page, size) {
	if (page < r.firstPage) return null;
	return {
		margin: [r.marginX, 30, r.marginX, 0],
		stack: [
			{
				columns: [
					{ text: r.headerLeft, width: '*' },
					{ text: r.headerRight, width: 'auto', alignment: 'right' }
				],
				columnGap: 12
			},
			{ canvas: [{ type: 'line', x1: 0, y1: 3, x2: size.width - 2 * r.marginX, y2: 3, lineWidth: 0.5, lineColor: r.ruleColor }] }
		],
		font: r.font,
		fontSize: r.fontSize + 0.5,
		color: r.color
	};
}

/** @param {RunningSpec} r @param {number} page @param {number} pages @param {PageSize} size @returns {object | null} */
function footer(r, page, pages, size) {
	if (page < r.firstPage) return null;
	return {
		margin: [r.marginX, 16, r.marginX, 0],
		stack: [
			{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: size.width - 2 * r.marginX, y2: 0, lineWidth: 0.5, lineColor: r.ruleColor }] },
			{
				columns: [
					{ stack: r.footerLines.map((text) => ({ text })), width: '*' },
					{
						text: r.pageTemplate.replace('{page}', String(page)).replace('{pages}', String(pages)),
						width: 'auto',
						alignment: 'right',
						fontSize: r.fontSize + 1,
						bold: true
					}
				],
				columnGap: 12,
				margin: [0, 4, 0, 0]
			}
		],
		font: r.font,
		fontSize: r.fontSize,
		color: r.color
	};
}

/** Text leaves in a content tree: the denominator of the layout progress. @param {unknown} node @returns {number} */
function countTextNodes(node) {
	if (node === null || typeof node !== 'object') return typeof node === 'string' ? 1 : 0;
	if (Array.isArray(node)) return node.reduce((sum, child) => sum + countTextNodes(child), 0);
	const n = /** @type {Record<string, unknown>} */ (node);
	if ('text' in n) return 1;
	let sum = 0;
	for (const key of ['stack', 'columns', 'ul', 'ol']) if (Array.isArray(n[key])) sum += countTextNodes(n[key]);
	const table = /** @type {{ body?: unknown } | undefined} */ (n.table);
	if (table && Array.isArray(table.body)) sum += countTextNodes(table.body);
	return sum;
}

/**
 * Renders a spec to PDF bytes. The spec is not modified (pdfmake mutates
 * what it gets, so it gets a structured clone) unless `owned` says the
 * caller will not use it again (the worker's own copy of a posted message).
 * Progress phases: layout
 * 0–0.55 (counted text nodes), render 0.55–0.95 (pdfmake's callback),
 * output (font subsetting, compression) 0.95–1.
 *
 * A long document is laid out and rendered in parts of about
 * `partTextNodes` text nodes (pdf-parts.js), so that its whole layout is
 * never held; then layout and rendering alternate (0–0.95), and the page
 * count comes from the parts.
 *
 * @param {PdfRenderSpec} spec @param {FontFiles} fonts @param {ProgressFn} [onProgress] @param {boolean} [owned]
 * @param {{ partTextNodes?: number }} [options]
 * @returns {Promise<{ pdf: Buffer, stats: RenderStats }>}
 */
export async function renderSpec(spec, fonts, onProgress, owned = false, options = {}) {
	const started = performance.now();
	configurePdfmake(fonts, spec.running.font);
	trimSharedCaches();
	trimWidthCache();
	const doc = owned ? spec.doc : structuredClone(spec.doc);
	const running = spec.running;
	const created = new Date(spec.info.createdAt);
	if (Number.isNaN(created.getTime())) throw new Error(`invalid info.createdAt: ${spec.info.createdAt}`);
	let heapPeak = v8.getHeapStatistics().used_heap_size;
	let last = -1;
	/** @param {RenderProgress['phase']} phase @param {number} fraction */
	const report = (phase, fraction) => {
		const f = Math.min(1, Math.max(0, fraction));
		if (f - last < 0.01 && f < 1) return;
		last = f;
		const used = v8.getHeapStatistics().used_heap_size;
		if (used > heapPeak) heapPeak = used;
		if (onProgress) onProgress({ phase, fraction: Math.round(f * 1000) / 1000 });
	};
	const textNodes = Math.max(1, countTextNodes(doc.content));
	let measured = 0;
	let pages = 0;
	const plan = planParts(doc.content, countTextNodes, options.partTextNodes ?? partTextNodesFromEnv());
	report('layout', 0);
	if (plan) {
		// per part: layout up to 80 % of its share, rendering the rest
		let done = 0;
		let part = 0;
		let inPart = 0;
		measureHook.onMeasure = () => report('layout', (0.95 * (done + 0.8 * Math.min(++inPart, plan.partNodes[part] ?? 0))) / textNodes);
		plan.onPart = (nodes) => {
			// shaped strings and widths seen once would otherwise pile up over the parts
			trimSharedCaches();
			trimWidthCache();
			done += nodes;
			part++;
			inPart = 0;
			report('render', (0.95 * done) / textNodes);
		};
		pdfmake.setProgressCallback(undefined);
	} else {
		measureHook.onMeasure = () => report('layout', 0.55 * Math.min(1, ++measured / textNodes));
		// pdfmake 0.3 takes the progress callback only from setProgressCallback():
		// createPdf(doc, options) overwrites options.progressCallback with it (base.js),
		// and calls it once per rendered page item with the fraction rendered.
		pdfmake.setProgressCallback((r) => report('render', 0.55 + 0.4 * r));
	}
	try {
		const definition = {
			...doc,
			// the parts own the content from here on; each is dropped once rendered
			content: plan ? partedContent(plan) : doc.content,
			header: (/** @type {number} */ page, /** @type {number} */ total, /** @type {PageSize} */ size) => {
				pages = total;
				return header(running, page, size);
			},
			footer: (/** @type {number} */ page, /** @type {number} */ total, /** @type {PageSize} */ size) => footer(running, page, total, size),
			info: {
				title: spec.info.title,
				author: spec.info.author,
				subject: spec.info.subject,
				keywords: spec.info.keywords,
				creator: spec.info.creator,
				producer: spec.info.producer,
				creationDate: created,
				modDate: created
			}
		};
		if (plan) doc.content = [];
		const output = pdfmake.createPdf(definition, plan ? { bufferPages: true } : {});
		const pdf = await output.getBuffer();
		if (plan) pages = plan.pages;
		report('output', 1);
		const used = v8.getHeapStatistics().used_heap_size;
		return {
			pdf,
			stats: {
				renderMs: performance.now() - started,
				heapUsedBytes: used,
				heapPeakBytes: Math.max(heapPeak, used),
				maxRssKb: process.resourceUsage().maxRSS,
				pages
			}
		};
	} finally {
		measureHook.onMeasure = null;
		pdfmake.setProgressCallback(undefined);
	}
}

/**
 * MAMORI_PDF_PART_TEXT_NODES: text nodes per part (pdf-parts.js), or `off`
 * for a layout in one pass (the benchmark compares both).
 * @returns {number}
 */
function partTextNodesFromEnv() {
	const value = process.env.MAMORI_PDF_PART_TEXT_NODES?.trim();
	if (!value) return PART_TEXT_NODES;
	if (value === 'off') return Infinity;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`MAMORI_PDF_PART_TEXT_NODES must be a positive whole number or "off": ${value}`);
	return n;
}

/* ---------- worker thread ---------- */

/**
 * @typedef {{ id: number, spec: PdfRenderSpec }} JobMessage
 * @typedef {{ id: number, type: 'progress', progress: RenderProgress }
 *   | { id: number, type: 'done', pdf: Uint8Array, stats: RenderStats }
 *   | { id: number, type: 'error', message: string, stack?: string }} WorkerReply
 */

const data = /** @type {{ mamoriPdfWorker?: number, fonts?: FontFiles } | null} */ (workerData);
if (!isMainThread && parentPort && data && data.mamoriPdfWorker === 1 && data.fonts) {
	const port = parentPort;
	const fonts = data.fonts;
	port.on('message', (/** @type {JobMessage} */ job) => {
		/** @param {WorkerReply} reply @param {ArrayBuffer[]} [transfer] */
		const send = (reply, transfer) => port.postMessage(reply, transfer ?? []);
		renderSpec(job.spec, fonts, (progress) => send({ id: job.id, type: 'progress', progress }), true)
			.then(({ pdf, stats }) => {
				const bytes = new Uint8Array(pdf.length);
				bytes.set(pdf);
				send({ id: job.id, type: 'done', pdf: bytes, stats }, [bytes.buffer]);
			})
			.catch((/** @type {unknown} */ error) => {
				const e = error instanceof Error ? error : new Error(String(error));
				send({ id: job.id, type: 'error', message: e.message, stack: e.stack });
			});
	});
}
