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
 * planParts() decides; a document that is short, or uses what the parts
 * cannot carry (page references, several, named or sorted tables of
 * contents, table-of-contents items inside text, sections, orientation
 * changes, backgrounds, pageBreakBefore), is laid out in one pass as before.
 */
import { createRequire } from 'node:module';
import { patch, requireShape } from './pdfmake-guard.js';

const require = createRequire(import.meta.url);
const FILE = 'pdf-parts.js';

/**
 * @typedef {Record<string, unknown>} Node
 * @typedef {{ pageNumber: number }} Position
 * @typedef {{ positions: Position[] }} PageRef
 * @typedef {{ items: unknown[], pageSize: { width: number, height: number } }} LayoutPage
 * @typedef {{ buffer: Uint8Array[] }} PdfStream
 * @typedef {{ width: number, height: number, content: PdfStream }} PdfPage
 * @typedef {{ addPage(options?: object): unknown, switchToPage(n: number): PdfPage, bufferedPageRange(): { start: number, count: number },
 *   _pageBuffer: PdfPage[], _ctm: number[], _pdfMakePages?: unknown }} PdfKitDoc
 * @typedef {{ node: Node, ref: PageRef }} TocEntry
 * @typedef {{ parts: (Node[] | null)[], partNodes: number[], toc: TocEntry[][], front: boolean, outlines: boolean, pages: number,
 *   onPart?: (textNodes: number) => void }} PartPlan
 * @typedef {(this: object, content: unknown, pdfDocument: PdfKitDoc, styles: unknown, defaultStyle: unknown, background: unknown,
 *   header: unknown, footer: unknown, watermark: unknown, pageBreakBefore: unknown) => LayoutPage[]} LayoutDocumentFn
 * @typedef {{ context(): { page: number, pages: LayoutPage[], snapshots: unknown[] }, addPage(size: unknown, orientation: unknown, margins: unknown): void,
 *   transactionLevel: number }} PageWriter
 * @typedef {{ nestedLevel: number, pageSize: { width: number, height: number }, pageMargins: unknown, svgMeasure: unknown, tableLayouts: unknown,
 *   writer: PageWriter | null, linearNodeList: unknown[], docPreprocessor: { preprocessDocument(node: unknown): unknown } | null,
 *   docMeasure: { measureDocument(node: unknown): unknown } | null, processNode(node: unknown): void }} Builder
 */

const PLAN = Symbol.for('mamori.pdfParts');
/**
 * Set while a parted document is laid out: called after each table row, so
 * that the pages a long table has filled are written before it ends.
 * @type {{ afterRow: null | ((writer: unknown) => void) }}
 */
const rowHook = { afterRow: null };
/** Marks the page breaks of the empty pages for headers and footers, which must make a page even after an empty one. */
export const KEEP_BREAK = '_mamoriKeepBreak';

/**
 * Text nodes laid out per part (the synthetic self-check report has about
 * 12 per item). Peak memory grows with it; below a few hundred, time grows.
 */
export const PART_TEXT_NODES = 3000;
/** Empty pages laid out at once for headers, footers and the watermark. */
const RUNNING_PAGES = 100;

/**
 * Visits every node in document order (the order of pdfmake's
 * DocPreprocessor); `inline` is true inside a text array.
 * @param {unknown} node @param {(n: Node, depth: number, inline: boolean) => void} visit @param {number} [depth] @param {boolean} [inline]
 */
function walk(node, visit, depth = 0, inline = false) {
	if (node === null || typeof node !== 'object') return;
	if (Array.isArray(node)) {
		for (const child of node) walk(child, visit, depth, inline);
		return;
	}
	const n = /** @type {Node} */ (node);
	visit(n, depth, inline);
	for (const key of ['stack', 'columns', 'ul', 'ol']) if (Array.isArray(n[key])) walk(n[key], visit, depth + 1, inline);
	if (Array.isArray(n.text)) walk(n.text, visit, depth + 1, true);
	const table = /** @type {{ body?: unknown } | undefined} */ (n.table);
	if (table && Array.isArray(table.body)) walk(table.body, visit, depth + 1, inline);
}

/** @param {Node} n @param {number} depth @param {boolean} inline */
function unsupportedNode(n, depth, inline) {
	if (n.pageOrientation !== undefined && n.pageOrientation !== 'portrait') return true;
	if (n.section !== undefined || n.pageReference !== undefined || n.textReference !== undefined || n.outlineParentId !== undefined)
		return true;
	if (n.toc) {
		const toc = /** @type {Node} */ (n.toc);
		if (depth > 0 || (toc.id !== undefined && toc.id !== '_default_') || toc.sortBy) return true;
	}
	return n.tocItem !== undefined && n.tocItem !== false && (inline || (n.tocItem !== true && n.tocItem !== '_default_'));
}

/**
 * Cuts the top-level content into parts of about `budget` text nodes (the
 * first ending with the table of contents, if there is one), or returns
 * null when the document is laid out in one pass.
 * @param {unknown} content @param {(node: unknown) => number} countTextNodes @param {number} [budget]
 * @returns {PartPlan | null}
 */
export function planParts(content, countTextNodes, budget = PART_TEXT_NODES) {
	if (!Array.isArray(content) || content.length < 2 || !Number.isFinite(budget)) return null;
	let tocs = 0;
	let outlines = false;
	let unsupported = false;
	walk(content, (n, depth, inline) => {
		if (unsupportedNode(n, depth, inline)) unsupported = true;
		if (n.toc) {
			tocs++;
			outlines = /** @type {Node} */ (n.toc).outlines === true;
		}
	});
	if (unsupported || tocs > 1) return null;
	const tocIndex = content.findIndex((n) => n && typeof n === 'object' && 'toc' in n);
	/** @type {Node[][]} */
	const parts = [];
	/** @type {number[]} */
	const partNodes = [];
	let current = /** @type {Node[]} */ ([]);
	let nodes = 0;
	const close = () => {
		if (current.length === 0) return;
		parts.push(current);
		partNodes.push(nodes);
		current = [];
		nodes = 0;
	};
	content.forEach((node, i) => {
		current.push(node);
		nodes += countTextNodes(node);
		if (i === tocIndex || (i > tocIndex && nodes >= budget)) close();
	});
	close();
	if (parts.length < 2) return null;
	// pdfmake names a table-of-contents item without an id by its place in the table: the same names here
	let item = 0;
	const toc = parts.map((part) => {
		/** @type {TocEntry[]} */
		const entries = [];
		walk(part, (node) => {
			if (node.tocItem === undefined || node.tocItem === false) return;
			node.id ??= `toc-_default_-${item}`;
			item++;
			entries.push({ node, ref: { positions: [{ pageNumber: 0 }] } });
		});
		return entries;
	});
	return { parts, partNodes, toc, front: tocIndex >= 0, outlines, pages: 0 };
}

/** What to give pdfmake as the document's content for a plan. @param {PartPlan} plan */
export function partedContent(plan) {
	return { [PLAN]: plan };
}

/**
 * The table of contents as pdfmake builds it (DocMeasure.measureToc), from
 * the items of every part, with page numbers taken from `ref` when rendered.
 * @param {Node} node the `toc` node @param {TocEntry[]} entries @returns {Node}
 */
function tocAsTable(node, entries) {
	const { toc: tocValue, ...rest } = node;
	const toc = /** @type {Node} */ (tocValue);
	const textStyle = toc.textStyle ?? {};
	const numberStyle = toc.numberStyle ?? textStyle;
	const textMargin = /** @type {number[]} */ (toc.textMargin ?? [0, 0, 0, 0]);
	const body = entries.map(({ node: item, ref }) => {
		const margin = /** @type {number[]} */ (item.tocMargin ?? textMargin);
		return [
			{ text: item.text, linkToDestination: item.id, alignment: 'left', style: item.tocStyle ?? textStyle, margin },
			{
				text: '00000',
				linkToDestination: item.id,
				alignment: 'right',
				_tocItemRef: ref,
				style: item.tocNumberStyle ?? numberStyle,
				margin: [0, margin[1], 0, margin[3]]
			}
		];
	});
	const stack = [];
	if (toc.title) stack.push(toc.title);
	if (body.length > 0) stack.push({ table: { dontBreakRows: true, widths: ['*', 'auto'], body }, layout: 'noBorders' });
	return { ...rest, stack };
}

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
