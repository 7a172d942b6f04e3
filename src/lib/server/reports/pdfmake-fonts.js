// @ts-check
/**
 * Font state shared between documents rendered in the same thread.
 *
 * pdfkit opens the font anew for every document: fontkit parses the 5 MB
 * Noto Sans JP tables again and every character is shaped again into a fresh
 * per-document layout cache. The fonts never change, so the first document's
 * fontkit font and layout cache are kept (per PostScript name) and given to
 * every later document's font. Each document keeps its own subset (which
 * glyphs get embedded), so the output is byte-for-byte the same as without
 * sharing — render.test.ts checks that the first (cold) and later (warm)
 * renders are identical.
 */

import { requireShape } from './pdfmake-guard.js';

/**
 * @typedef {{ postscriptName: string, createSubset(): unknown }} FontkitFont
 * @typedef {{ font: FontkitFont, subset: unknown, layoutCache: Record<string, unknown>, [key: symbol]: unknown }} EmbeddedFont
 */

const SHARED = Symbol.for('mamori.sharedFontState');
const FILE = 'pdfmake-fonts.js';
/**
 * Entries (shaped strings) above which a shared layout cache is emptied.
 * Most entries are strings seen once (IDs, dates, hashes, file names: 2–5 KB
 * each with their glyph positions); a long report checks between its parts
 * (pdf-parts.js), so the cache does not grow with the report.
 */
const MAX_CACHE_ENTRIES = 5_000;

/** @type {Map<string, { font: FontkitFont, layoutCache: Record<string, unknown> }>} */
const shared = new Map();

/** Gives a just-created pdfkit font the shared fontkit font and layout cache. @param {unknown} value */
export function shareFontState(value) {
	requireShape(FILE, 'the pdfkit font that PDFDocument.provideFont gave', value, { font: 'object', layoutCache: 'object' });
	const font = /** @type {EmbeddedFont} */ (value);
	if (font[SHARED]) return;
	requireShape(FILE, "the pdfkit font's fontkit font", font.font, { postscriptName: 'string', createSubset: 'function' });
	font[SHARED] = true;
	const key = font.font.postscriptName;
	const state = shared.get(key);
	if (!state) {
		shared.set(key, { font: font.font, layoutCache: font.layoutCache });
		return;
	}
	font.font = state.font;
	font.subset = state.font.createSubset();
	font.layoutCache = state.layoutCache;
}

/**
 * Called before each document and between the parts of a long one: keeps
 * the shared caches bounded. Emptied in place, because the fonts of the
 * document being rendered hold the same object.
 */
export function trimSharedCaches() {
	for (const state of shared.values()) {
		let n = 0;
		for (const _ in state.layoutCache) if (++n > MAX_CACHE_ENTRIES) break;
		if (n > MAX_CACHE_ENTRIES) for (const key in state.layoutCache) delete state.layoutCache[key];
	}
}
