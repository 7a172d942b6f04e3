// @ts-check
/**
 * Long reports laid out and written page by page, so that the whole
 * laid-out document is never held in memory (issue 14: a 2,400-item
 * self-check needed ~500 MB and more).
 *
 * Stock pdfmake measures every text node of the document, then lays out
 * every page, keeping every positioned line, before it writes the first
 * page. Here one pdfmake layout (one LayoutBuilder, one page writer) is fed
 * the document's top-level content in parts of about PART_TEXT_NODES text
 * nodes: each part is preprocessed and measured on its own, laid out where
 * the last one ended, and every page before the one being filled (which no
 * later content can reach) is rendered at once into the one pdfkit document
 * and emptied. The pdfkit document is therefore one document: fonts embedded
 * once (one subset), one outline, named destinations and links as before,
 * and the layout of every page the same as in one pass (the PNGs of every
 * page are identical: pdf-parts.test.ts, bench/README.md).
 *
 * What needs the whole document is done at the end on pdfkit's buffered
 * pages (`bufferPages`; each page keeps only its finished content stream):
 * - the front (cover and table of contents) is laid out first and rendered
 *   last into the pages kept for it, once every section's page is known.
 *   Its table of contents is the table pdfmake itself builds for a `toc`
 *   node (DocMeasure.measureToc: title and link on the left, the page number
 *   on the right, measured as '00000' and filled in when rendered), with the
 *   items of every part;
 * - header, footer ("page n / N") and watermark of every page, once N is
 *   known, from layouts of empty pages, drawn on top of each page's content
 *   in pdfmake's order (content, header, footer, watermark).
 *
 * planParts() (pdf-parts-plan.js) decides; a document that is short, or uses what the parts
 * cannot carry (page references, several, named or sorted tables of
 * contents, table-of-contents items inside text, sections, orientation
 * changes, backgrounds, pageBreakBefore), is laid out in one pass as before.
 */
import { createRequire } from 'node:module';
import { PLAN, tocAsTable } from './pdf-parts-plan.js';
import { patch, requireShape } from './pdfmake-guard.js';

export { PART_TEXT_NODES, partedContent, planParts } from './pdf-parts-plan.js';

const require = createRequire(import.meta.url);
const FILE = 'pdf-parts.js';

/**
 * @typedef {import('./pdf-parts-plan.js').Node} Node
 * @typedef {import('./pdf-parts-plan.js').PartPlan} PartPlan
 * @typedef {import('./pdf-parts-plan.js').Position} Position
 * @typedef {{ items: unknown[], pageSize: { width: number, height: number } }} LayoutPage
 * @typedef {{ buffer: Uint8Array[] }} PdfStream
 * @typedef {{ width: number, height: number, content: PdfStream }} PdfPage
 * @typedef {{ addPage(options?: object): unknown, switchToPage(n: number): PdfPage, bufferedPageRange(): { start: number, count: number },
 *   _pageBuffer: PdfPage[], _ctm: number[], _pdfMakePages?: unknown }} PdfKitDoc
 * @typedef {(this: object, content: unknown, pdfDocument: PdfKitDoc, styles: unknown, defaultStyle: unknown, background: unknown,
 *   header: unknown, footer: unknown, watermark: unknown, pageBreakBefore: unknown) => LayoutPage[]} LayoutDocumentFn
 * @typedef {{ context(): { page: number, pages: LayoutPage[], snapshots: unknown[] }, addPage(size: unknown, orientation: unknown, margins: unknown): void,
 *   transactionLevel: number }} PageWriter
 * @typedef {{ nestedLevel: number, pageSize: { width: number, height: number }, pageMargins: unknown, svgMeasure: unknown, tableLayouts: unknown,
 *   writer: PageWriter | null, linearNodeList: unknown[], docPreprocessor: { preprocessDocument(node: unknown): unknown } | null,
 *   docMeasure: { measureDocument(node: unknown): unknown } | null, processNode(node: unknown): void }} Builder
 */

/**
 * Set while a parted document is laid out: called after each table row, so
 * that the pages a long table has filled are written before it ends.
 * @type {{ afterRow: null | ((writer: unknown) => void) }}
 */
const rowHook = { afterRow: null };
/** Marks the page breaks of the empty pages for headers and footers, which must make a page even after an empty one. */
export const KEEP_BREAK = '_mamoriKeepBreak';

/** Empty pages laid out at once for headers, footers and the watermark. */
const RUNNING_PAGES = 100;

const Renderer = /** @type {new (doc: PdfKitDoc, progress?: unknown) => { renderPages(pages: LayoutPage[]): void }} */ (
	require('pdfmake/js/Renderer').default
);
const DocPreprocessor = /** @type {new () => { preprocessDocument(node: unknown): unknown }} */ (
	require('pdfmake/js/DocPreprocessor').default
);
const DocMeasure = /** @type {new (...args: unknown[]) => { measureDocument(node: unknown): unknown }} */ (
	require('pdfmake/js/DocMeasure').default
);
const PageElementWriter = /** @type {new (context: unknown) => PageWriter} */ (require('pdfmake/js/PageElementWriter').default);
const DocumentContext = /** @type {new () => unknown} */ (require('pdfmake/js/DocumentContext').default);

/** Renders layout pages as new pages of the pdfkit document, then keeps one chunk per page. @param {PdfKitDoc} doc @param {LayoutPage[]} pages */
function renderAppended(doc, pages) {
	const before = doc.bufferedPageRange().count;
	new Renderer(doc).renderPages(pages);
	doc._pdfMakePages = undefined;
	const { count } = doc.bufferedPageRange();
	for (let i = before; i < count; i++) {
		const content = doc._pageBuffer[i].content;
		if (content.buffer.length > 1) content.buffer = [Buffer.concat(content.buffer)];
	}
}

/** Renders layout pages onto pages already in the pdfkit document, from page index `first` on. @param {PdfKitDoc} doc @param {LayoutPage[]} pages @param {number} first */
function renderOnto(doc, pages, first) {
	const addPage = doc.addPage;
	let next = first;
	doc.addPage = function () {
		const page = doc.switchToPage(next++);
		doc._ctm = [1, 0, 0, -1, 0, page.height];
		return doc;
	};
	try {
		new Renderer(doc).renderPages(pages);
	} finally {
		doc.addPage = addPage;
		doc._pdfMakePages = undefined;
	}
}

/**
 * @param {Builder} builder @param {LayoutDocumentFn} layoutDocument @param {PartPlan} plan
 * @param {[PdfKitDoc, unknown, unknown, unknown, unknown, unknown, unknown, unknown]} args
 */
function layoutInParts(builder, layoutDocument, plan, args) {
	const [doc, styles, defaultStyle, background, header, footer, watermark, pageBreakBefore] = args;
	if (background || typeof pageBreakBefore === 'function')
		throw new Error(`${FILE}: backgrounds and pageBreakBefore need a layout in one pass`);
	requireShape(FILE, 'the pdfkit document', doc, { switchToPage: 'function', bufferedPageRange: 'function', _pageBuffer: 'object' });
	if (doc.bufferedPageRange().start !== 0 || doc.bufferedPageRange().count !== 0)
		throw new Error(`${FILE}: the pdfkit document must buffer its pages`);

	const preprocessor = new DocPreprocessor();
	builder.docMeasure = new DocMeasure(doc, styles, defaultStyle, builder.svgMeasure, builder.tableLayouts);
	builder.docPreprocessor = preprocessor;
	builder.linearNodeList = [];
	const writer = new PageElementWriter(new DocumentContext());
	builder.writer = writer;
	writer.addPage(builder.pageSize, null, builder.pageMargins);
	const pages = writer.context().pages;

	const allEntries = plan.toc.flat();
	/** pages [0, kept) are the front's: pdfkit gets empty pages for them now and their content at the end */
	let kept = plan.front ? Infinity : 0;
	/** layout pages [0, written) are in the pdfkit document */
	let written = 0;
	/** @param {number} upTo */
	const write = (upTo) => {
		const batch = [];
		for (; written < upTo; written++) {
			const page = pages[written];
			if (written < kept) doc.addPage({ size: [page.pageSize.width, page.pageSize.height] });
			else {
				batch.push(page);
				// flushed pages stay as pdfmake's page list (their count, size), without their content
				pages[written] = { ...page, items: [] };
			}
		}
		if (batch.length > 0) renderAppended(doc, batch);
	};

	// inside a table at the top level, between rows (nothing open), the pages before the current one are final too
	rowHook.afterRow = (w) => {
		if (w !== writer || builder.nestedLevel !== 1 || writer.transactionLevel !== 0 || writer.context().snapshots.length > 0) return;
		if (written >= kept && writer.context().page > written) write(writer.context().page);
	};
	try {
		layoutParts();
	} finally {
		rowHook.afterRow = null;
	}
	function layoutParts() {
		for (let k = 0; k < plan.parts.length; k++) {
			const source = plan.parts[k];
			if (!source) continue;
			plan.parts[k] = null;
			const part = source.map((n) => (n.toc ? tocAsTable(n, allEntries) : n));
			if (plan.outlines) for (const { node } of plan.toc[k]) node.outline ??= true;
			// as tryLayoutDocument does for the whole content: preprocess, measure, lay out
			const measured = /** @type {{ measureDocument(node: unknown): unknown }} */ (builder.docMeasure).measureDocument(
				preprocessor.preprocessDocument(part)
			);
			builder.processNode(measured);
			builder.linearNodeList = [];
			for (const { node, ref } of plan.toc[k]) {
				const at = /** @type {Position[] | undefined} */ (node.positions)?.[0];
				if (!at) throw new Error(`${FILE}: a table-of-contents item was not laid out`);
				ref.positions[0].pageNumber = at.pageNumber;
			}
			plan.toc[k] = [];
			if (k === 0 && plan.front) kept = writer.context().page + 1;
			// every page before the one being filled is final
			write(k === plan.parts.length - 1 ? pages.length : writer.context().page);
			plan.onPart?.(plan.partNodes[k]);
		}
	}
	const front = pages.slice(0, kept);
	const total = pages.length;
	plan.pages = total;
	builder.writer = null;
	builder.docMeasure = null;
	builder.docPreprocessor = null;

	if (front.length > 0) renderOnto(doc, front, 0);
	front.length = 0;

	// header, footer ("n / N") and watermark, on top of every page's content
	if (typeof header === 'function' || typeof footer === 'function' || watermark) {
		for (let from = 0; from < total; from += RUNNING_PAGES) {
			const count = Math.min(RUNNING_PAGES, total - from);
			/** @param {unknown} fn */
			const shifted = (fn) =>
				typeof fn === 'function'
					? (/** @type {number} */ page, /** @type {number} */ _count, /** @type {unknown} */ size) => fn(page + from, total, size)
					: fn;
			const blanks = Array.from({ length: count }, (_, i) =>
				i === 0 ? { canvas: [] } : { canvas: [], pageBreak: 'before', [KEEP_BREAK]: true }
			);
			const running = layoutDocument.call(
				builder,
				blanks,
				doc,
				styles,
				defaultStyle,
				null,
				shifted(header),
				shifted(footer),
				watermark,
				undefined
			);
			builder.writer = null;
			if (running.length !== count) throw new Error(`${FILE}: ${running.length} pages of headers and footers for ${count}`);
			renderOnto(doc, running, from);
		}
	}
	return [];
}

let applied = false;

/** Lets pdfmake's LayoutBuilder take a parted document (partedContent) as its content. */
export function applyPartsPatch() {
	if (applied) return;
	applied = true;
	const LayoutBuilder = /** @type {{ prototype: { layoutDocument: LayoutDocumentFn, processNode: unknown } }} */ (
		require('pdfmake/js/LayoutBuilder').default
	);
	const TableProcessor =
		/** @type {{ prototype: { endRow: (this: object, rowIndex: number, writer: unknown, pageBreaks: unknown) => void } }} */ (
			require('pdfmake/js/TableProcessor').default
		);
	patch(
		FILE,
		'TableProcessor.prototype.endRow',
		TableProcessor.prototype,
		'endRow',
		{ arity: 3, uses: ['commitUnbreakableBlock'] },
		(endRow) =>
			function (rowIndex, writer, pageBreaks) {
				endRow.call(this, rowIndex, writer, pageBreaks);
				if (rowHook.afterRow) rowHook.afterRow(writer);
			}
	);
	patch(
		FILE,
		'LayoutBuilder.prototype.layoutDocument',
		LayoutBuilder.prototype,
		'layoutDocument',
		{ arity: 9, uses: ['tryLayoutDocument', 'addPageBreaksIfNecessary', 'DocMeasure', 'DocPreprocessor'] },
		(layoutDocument) =>
			/** @type {LayoutDocumentFn} */ (
				function (content, ...rest) {
					const plan =
						content && typeof content === 'object' ? /** @type {Record<symbol, PartPlan | undefined>} */ (content)[PLAN] : undefined;
					if (!plan) return layoutDocument.call(this, content, ...rest);
					return layoutInParts(
						/** @type {Builder} */ (/** @type {unknown} */ (this)),
						layoutDocument,
						plan,
						/** @type {[PdfKitDoc, unknown, unknown, unknown, unknown, unknown, unknown, unknown]} */ (rest)
					);
				}
			)
	);
}
