// @ts-check
/**
 * Widths for the CJK runs of pdfmake-cjk.js, computed the way pdfkit lays
 * the text out (each CJK character on its own, other text word by word), so
 * that the widths pdfmake wraps with are the widths pdfkit draws.
 */
import { canBreakAt, isCjkCode } from './pdfmake-kinsoku.js';

/**
 * @typedef {{ name?: string, widthOfString(text: string, size: number, features?: unknown): number }} Font
 * @typedef {{ text: string, width: number, font?: Font, fontSize?: number, fontFeatures?: unknown, characterSpacing?: number,
 *   _pieces?: unknown, _pieceOffset?: unknown, [key: string]: unknown }} Word
 */

/**
 * The pieces pdfkit lays out separately (each CJK character; other text up
 * to and including each space, see pdfmake-patches.js) with cumulative
 * widths. Every allowed split point is a piece boundary.
 * @typedef {{ text: string, font: string, size: number, ends: number[], cum: number[] }} Pieces
 * @param {Word} w @returns {Pieces}
 */
function computePieces(w) {
	const text = w.text;
	const widths = widthsFor(w);
	/** @type {number[]} */
	const ends = [];
	/** @type {number[]} */
	const cum = [];
	let total = 0;
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : -1;
		const cjk = code >= 0 && isCjkCode(code);
		// close the non-CJK piece before a CJK character, after a space or tab, and at the end
		const end = cjk || code < 0 ? i : code === 32 || code === 9 ? i + 1 : -1;
		if (end > start) {
			total += widths.text(text.slice(start, end));
			ends.push(end);
			cum.push(total);
			start = end;
		}
		if (cjk) {
			total += widths.char(code);
			ends.push(i + 1);
			cum.push(total);
			start = i + 1;
		}
	}
	return { text, font: w.font?.name ?? '', size: w.fontSize ?? 0, ends, cum };
}

/** Cumulative width at a piece boundary (index into the pieces' text), NaN if it is not one. @param {Pieces} p @param {number} index */
function cumAt(p, index) {
	if (index === 0) return 0;
	let lo = 0;
	let hi = p.ends.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (p.ends[mid] === index) return p.cum[mid];
		if (p.ends[mid] < index) lo = mid + 1;
		else hi = mid - 1;
	}
	return Number.NaN;
}

/**
 * The word's text as a range of pieces. When pdfmake wraps a run it keeps
 * the first part in the word and clones the word for the rest; the pieces
 * (and the offset) are properties, so the clones carry them along and find
 * their range again (by offset, else as the suffix) instead of recomputing.
 * @param {Word} w @returns {{ p: Pieces, offset: number }}
 */
function view(w) {
	const p = /** @type {Pieces | undefined} */ (w._pieces);
	const len = w.text.length;
	if (p && p.size === (w.fontSize ?? 0) && p.font === (w.font?.name ?? '')) {
		const full = p.text;
		const stored = typeof w._pieceOffset === 'number' ? w._pieceOffset : -1;
		let offset = -1;
		if (full === w.text) offset = 0;
		else if (stored >= 0 && full.startsWith(w.text, stored)) offset = stored;
		else if (full.endsWith(w.text)) offset = full.length - len;
		if (offset >= 0 && !Number.isNaN(cumAt(p, offset)) && !Number.isNaN(cumAt(p, offset + len))) {
			w._pieceOffset = offset;
			return { p, offset };
		}
	}
	const fresh = computePieces(w);
	w._pieces = fresh;
	w._pieceOffset = 0;
	return { p: fresh, offset: 0 };
}

/** Width of the word's text from its pieces. @param {Word} w */
export function fullWidth(w) {
	const { p, offset } = view(w);
	return cumAt(p, offset + w.text.length) - cumAt(p, offset) + (w.characterSpacing ?? 0) * (w.text.length - 1);
}

/**
 * Widths of pieces per font (by PostScript name: the same font in every
 * document) and size: CJK characters in a table indexed by char code, other
 * pieces in a map. Bounded (see trimWidthCache).
 * @typedef {{ char(code: number): number, text(piece: string): number }} Widths
 * @type {Map<string, Widths>}
 */
let widthTables = new Map();
let textEntries = 0;

export function trimWidthCache() {
	if (textEntries > 20_000) {
		widthTables = new Map();
		textEntries = 0;
	}
}

/** @param {Word} w @returns {Widths} */
function widthsFor(w) {
	const font = w.font;
	const size = w.fontSize;
	if (!font || typeof size !== 'number') return { char: () => 0, text: () => 0 };
	if (w.fontFeatures) {
		const features = w.fontFeatures;
		return {
			char: (code) => font.widthOfString(String.fromCharCode(code), size, features),
			text: (piece) => font.widthOfString(piece, size, features)
		};
	}
	const key = `${font.name ?? ''}\u0000${size}`;
	let widths = widthTables.get(key);
	if (!widths) {
		const chars = new Float64Array(0x10000).fill(Number.NaN);
		/** @type {Map<string, number>} */
		const texts = new Map();
		widths = {
			char(code) {
				let width = chars[code];
				if (Number.isNaN(width)) chars[code] = width = font.widthOfString(String.fromCharCode(code), size);
				return width;
			},
			text(piece) {
				let width = texts.get(piece);
				if (width === undefined) {
					width = font.widthOfString(piece, size);
					texts.set(piece, width);
					textEntries++;
				}
				return width;
			}
		};
		widthTables.set(key, widths);
	}
	return widths;
}

/** Width of the first `length` characters, or +∞ if the run may not be split there. @param {Word} w @param {number} length */
export function prefixWidth(w, length) {
	if (!canBreakAt(w.text, length)) return Number.POSITIVE_INFINITY;
	const { p, offset } = view(w);
	const width = cumAt(p, offset + length) - cumAt(p, offset);
	return Number.isNaN(width) ? Number.POSITIVE_INFINITY : width + (w.characterSpacing ?? 0) * (length - 1);
}

/** Width of the run's first unbreakable piece. @param {Word} w */
export function headWidth(w) {
	for (let i = 1; i < w.text.length; i++) if (canBreakAt(w.text, i)) return prefixWidth(w, i);
	return w.width;
}

/** Width of the run's widest unbreakable piece (its minimum width in tables and columns). @param {Word} w */
export function widestPiece(w) {
	const { p, offset } = view(w);
	if (offset !== 0 || p.text !== w.text) return w.width; // words are whole when measured
	let max = 0;
	let from = 0;
	let fromWidth = 0;
	for (let k = 0; k < p.ends.length; k++) {
		const end = p.ends[k];
		if (end === w.text.length || canBreakAt(w.text, end)) {
			let trailingWidth = 0;
			if (end > from && (w.text.charCodeAt(end - 1) === 32 || w.text.charCodeAt(end - 1) === 9)) {
				const trailing = w.text.slice(from, end).match(/\s+$/);
				if (trailing) trailingWidth = widthsFor(w).text(trailing[0]);
			}
			max = Math.max(max, p.cum[k] - fromWidth - trailingWidth);
			from = end;
			fromWidth = p.cum[k];
		}
	}
	return max;
}
