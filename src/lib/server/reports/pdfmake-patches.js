// @ts-check
/**
 * Speed-ups for pdfmake 0.3.11 (pinned exactly in package.json), applied by
 * pdf-engine.js in the thread that renders. None changes the output: the
 * same document gives the same bytes with or without the sharing of caches,
 * in a fresh or a warm thread (render.test.ts). Together with
 * pdfmake-cjk.js, pdfmake-fonts.js and pdfmake-styles.js they took a
 * 600-item Japanese report from ~5.5 s to ~0.7 s and from 2.6 MB to 0.7 MB.
 *
 * 1. Merge inlines. After layout, each word of a line is a separate inline
 *    that pdfmake writes as its own text object (pdfmake's Renderer leaves
 *    line.optimizeInlines() as an open to-do). Neighbouring inlines with the same font,
 *    size, colour and no decoration/link/justification are merged into one.
 * 2. Lay out Japanese text per character when rendering. pdfkit shapes a
 *    string with fontkit word by word, splitting only at spaces. Merged
 *    Japanese lines have no spaces, so every line would be shaped anew (slow,
 *    and not how it was measured: per character). CJK characters are laid
 *    out one by one from a cache instead; other text keeps pdfkit's handling.
 *    The patch is installed when the first font is provided, before anything
 *    is measured, so measuring and rendering always agree.
 * 3. Share font state between documents (pdfmake-fonts.js).
 * 4. No blank pages: pdfmake's `pageBreak: 'before'` always starts a new
 *    page, even when the previous content already ended exactly at the foot
 *    of a page and left the current page empty.
 *
 * Progress: the measure hook counts measured text nodes, which the engine
 * uses for progress during layout (pdfmake itself only reports rendering).
 */
import { createRequire } from 'node:module';
import { KEEP_BREAK } from './pdf-parts.js';
import { shareFontState } from './pdfmake-fonts.js';
import { patch, patchedBy } from './pdfmake-guard.js';
import { isCjkCode } from './pdfmake-kinsoku.js';
import { applyStylePatch } from './pdfmake-styles.js';

const require = createRequire(import.meta.url);
const FILE = 'pdfmake-patches.js';

/**
 * @typedef {{ text: string, x: number, width: number, font: object, fontSize: number, color?: unknown, opacity?: number,
 *   characterSpacing?: number, link?: unknown, linkToPage?: unknown, linkToDestination?: unknown, decoration?: unknown,
 *   background?: unknown, sup?: boolean, sub?: boolean, fontFeatures?: unknown, _pageNodeRef?: unknown, justifyShift?: number,
 *   style?: unknown, section?: unknown, [key: string]: unknown }} Inline
 * @typedef {{ inlines: Inline[] }} Line
 * @typedef {{ items: { type: string, item: Line }[] }} Page
 * @typedef {(item: Inline, stack: object | undefined, property: string, defaultValue: unknown) => unknown} GetStyleProperty
 */

const Renderer = /** @type {{ prototype: { renderPages: (this: object, pages: Page[]) => void } }} */ (
	require('pdfmake/js/Renderer').default
);
const TextInlines = /** @type {{ prototype: { measure: (this: object, array: Inline[], stack: object | undefined) => Inline[] } }} */ (
	require('pdfmake/js/TextInlines').default
);
const LayoutBuilder = /** @type {{ prototype: { processNode: (this: LayoutThis, node: unknown, ...rest: unknown[]) => unknown } }} */ (
	require('pdfmake/js/LayoutBuilder').default
);
/** @typedef {{ writer: { context(): { getCurrentPage(): { items: unknown[] } | null } } }} LayoutThis */
const PdfDocument =
	/** @type {{ prototype: { provideFont: (this: object, family: string, bold: boolean, italics: boolean) => unknown } }} */ (
		require('pdfmake/js/PDFDocument').default
	);

/** @param {Inline} i */
const plain = (i) =>
	!i.link &&
	!i.linkToPage &&
	!i.linkToDestination &&
	!i.decoration &&
	!i.background &&
	!i.sup &&
	!i.sub &&
	!i.fontFeatures &&
	!i._pageNodeRef &&
	!i.justifyShift;

/** @param {Inline} a @param {Inline} b */
const mergeable = (a, b) =>
	plain(a) &&
	plain(b) &&
	a.font === b.font &&
	a.fontSize === b.fontSize &&
	a.color === b.color &&
	a.opacity === b.opacity &&
	a.characterSpacing === b.characterSpacing &&
	Math.abs(a.x + a.width - b.x) < 1e-6;

/** @param {Line} line */
export function mergeLineInlines(line) {
	const source = line.inlines;
	if (!source || source.length < 2) return;
	/** @type {Inline[]} */
	const out = [];
	/** @type {Inline | null} */
	let current = null;
	for (const inline of source) {
		if (current !== null && mergeable(current, inline)) {
			current.text += inline.text;
			current.width += inline.width;
			continue;
		}
		current = { ...inline };
		out.push(current);
	}
	line.inlines = out;
}

/** Strings longer than this are shaped every time instead of kept in pdfkit's layout cache. */
const LONG_STRING = 24;

const HAS_CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
/** Laid-out CJK characters by char code, per layout cache (which pdfmake-fonts.js shares between documents). */
/** @type {WeakMap<object, LayoutResult[]>} */
const runsByCode = new WeakMap();

/**
 * @typedef {{ glyphs: unknown[] | null, positions: unknown[] | null, advanceWidth: number }} LayoutResult
 * @typedef {(this: object, text: string, features?: unknown, onlyWidth?: boolean) => LayoutResult} LayoutFn
 * @typedef {(this: object, text: string) => { glyphs: unknown[], positions: unknown[], advanceWidth: number }} LayoutCachedFn
 */

/** Patches the layout() of pdfkit's EmbeddedFont class, found from one of its instances. @param {unknown} font */
function patchFontLayout(font) {
	const proto = /** @type {{ layout: LayoutFn, layoutCached: LayoutCachedFn } | null} */ (
		font && typeof font === 'object' ? Object.getPrototypeOf(font) : null
	);
	if (proto && patchedBy(proto.layout)) return;
	patch(
		FILE,
		"pdfkit's EmbeddedFont.prototype.layoutCached",
		proto,
		'layoutCached',
		{ arity: 1, uses: ['layoutCache', 'layoutRun'] },
		(layoutCached) =>
			function (/** @type {string} */ text) {
				// long strings (hashes, file names, URLs) rarely come again: shaped, not kept
				if (text.length > LONG_STRING) return /** @type {{ layoutRun: LayoutCachedFn }} */ (this).layoutRun(text);
				return layoutCached.call(this, text);
			}
	);
	patch(FILE, "pdfkit's EmbeddedFont.prototype.layout", proto, 'layout', { arity: 3, uses: ['layoutRun', 'layoutCached'] }, (layout) =>
		cjkLayout(layout)
	);
}

/** @param {LayoutFn} layout @returns {LayoutFn} */
function cjkLayout(layout) {
	return /** @type {LayoutFn} */ (
		function (text, features, onlyWidth) {
			if (features || text.length < 2 || !HAS_CJK.test(text)) return layout.call(this, text, features, onlyWidth);
			const layoutCached = /** @type {LayoutCachedFn} */ (/** @type {Record<string, unknown>} */ (this).layoutCached);
			/** @type {unknown[] | null} */
			const glyphs = onlyWidth ? null : [];
			/** @type {unknown[] | null} */
			const positions = onlyWidth ? null : [];
			let advanceWidth = 0;
			/** @param {LayoutResult} run */
			const add = (run) => {
				if (glyphs && positions && run.glyphs && run.positions) {
					for (const g of run.glyphs) glyphs.push(g);
					for (const p of run.positions) positions.push(p);
				}
				advanceWidth += run.advanceWidth;
			};
			// eslint-disable-next-line @typescript-eslint/no-this-alias -- the patched method's receiver
			const self = /** @type {{ layoutCache?: object }} */ (this);
			const cache = self.layoutCache ?? this;
			let byCode = runsByCode.get(cache);
			if (!byCode) runsByCode.set(cache, (byCode = []));
			let start = 0;
			for (let i = 0; i < text.length; i++) {
				const code = text.charCodeAt(i);
				if (!isCjkCode(code)) continue;
				if (i > start) add(layout.call(this, text.slice(start, i), features, onlyWidth));
				add((byCode[code] ??= layoutCached.call(this, text[i])));
				start = i + 1;
			}
			if (start < text.length) add(layout.call(this, text.slice(start), features, onlyWidth));
			return { glyphs, positions, advanceWidth };
		}
	);
}

/** @type {{ onMeasure: null | (() => void) }} */
export const measureHook = { onMeasure: null };

let applied = false;

export function applyPdfmakePatches() {
	if (applied) return;
	applied = true;
	applyStylePatch();

	patch(
		FILE,
		'LayoutBuilder.prototype.processNode',
		LayoutBuilder.prototype,
		'processNode',
		{ arity: 1, uses: ['pageBreak'] },
		(processNode) =>
			/** @this {LayoutThis} @param {unknown} node @param {unknown[]} rest */
			function (node, ...rest) {
				const n = /** @type {{ pageBreak?: string, [KEEP_BREAK]?: boolean } | null} */ (node && typeof node === 'object' ? node : null);
				if (n && n.pageBreak === 'before' && !n[KEEP_BREAK] && this.writer.context().getCurrentPage()?.items.length === 0) {
					n.pageBreak = undefined;
					try {
						return processNode.call(this, node, ...rest);
					} finally {
						n.pageBreak = 'before';
					}
				}
				return processNode.call(this, node, ...rest);
			}
	);

	patch(
		FILE,
		'Renderer.prototype.renderPages',
		Renderer.prototype,
		'renderPages',
		{ arity: 1, uses: ['items', "'line'"] },
		(renderPages) =>
			function (/** @type {Page[]} */ pages) {
				for (const page of pages) for (const entry of page.items) if (entry.type === 'line') mergeLineInlines(entry.item);
				return renderPages.call(this, pages);
			}
	);

	// Before any text is measured, so that measuring and rendering agree from the first document on.
	patch(
		FILE,
		'PDFDocument.prototype.provideFont',
		PdfDocument.prototype,
		'provideFont',
		{ arity: 3, uses: ['fontCache'] },
		(provideFont) =>
			function (/** @type {string} */ family, /** @type {boolean} */ bold, /** @type {boolean} */ italics) {
				const font = provideFont.call(this, family, bold, italics);
				shareFontState(font);
				patchFontLayout(font);
				return font;
			}
	);

	patch(
		FILE,
		'TextInlines.prototype.measure',
		TextInlines.prototype,
		'measure',
		{ arity: 2, uses: ['leadingCut'] },
		(measure) =>
			function (/** @type {Inline[]} */ array, /** @type {object | undefined} */ stack) {
				if (measureHook.onMeasure) measureHook.onMeasure();
				return measure.call(this, array, stack);
			}
	);
}
