// @ts-check
/**
 * How a long report is cut into parts (pdf-parts.js lays them out): pure
 * planning over the pdfmake document content, no pdfmake involved. A
 * document that is short, or uses what the parts cannot carry, gets no plan
 * and is laid out in one pass.
 */

/**
 * @typedef {Record<string, unknown>} Node
 * @typedef {{ pageNumber: number }} Position
 * @typedef {{ positions: Position[] }} PageRef
 * @typedef {{ node: Node, ref: PageRef }} TocEntry
 * @typedef {{ parts: (Node[] | null)[], partNodes: number[], toc: TocEntry[][], front: boolean, outlines: boolean, pages: number,
 *   onPart?: (textNodes: number) => void }} PartPlan
 */

/** The key under which a plan travels to pdfmake's LayoutBuilder as the document's content. */
export const PLAN = Symbol.for('mamori.pdfParts');

/**
 * Text nodes laid out per part (the synthetic self-check report has about
 * 12 per item). Peak memory grows with it; below a few hundred, time grows.
 */
export const PART_TEXT_NODES = 3000;

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
export function tocAsTable(node, entries) {
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
