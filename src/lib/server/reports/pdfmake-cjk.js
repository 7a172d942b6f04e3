// @ts-check
/**
 * Japanese line breaking for pdfmake 0.3.11 without one object per character.
 *
 * pdfmake splits text into "words" at every UAX #14 break opportunity, and
 * in Japanese that is between almost every two characters: a 600-item
 * report becomes ~300,000 measured word objects (hundreds of MB, seconds of
 * style resolution). Here, neighbouring words with the same style whose
 * boundary touches a CJK character are joined into one run (flag `_cjk`).
 * pdfmake already wraps a word that is wider than the line character by
 * character (LayoutBuilder.buildNextLine → findMaxFitLength); these patches
 * let it do that for the runs, and keep the Japanese line-breaking rules
 * (kinsoku: no 、。」 etc. at the start of a line, no 「（ at the end, no
 * break inside Latin words or numbers) by making forbidden split points
 * measure as infinitely wide.
 */
import { createRequire } from 'node:module';
import { fullWidth, headWidth, prefixWidth, widestPiece } from './pdfmake-cjk-widths.js';
import { patch } from './pdfmake-guard.js';
import { isCjkCode, isSpaceCode } from './pdfmake-kinsoku.js';

const require = createRequire(import.meta.url);

/**
 * @typedef {{ text: string, _cjk?: boolean, lineEnd?: boolean, noNewLine?: boolean, width: number, font?: Font,
 *   fontSize?: number, fontFeatures?: unknown, characterSpacing?: number, [key: string]: unknown }} Word
 * @typedef {{ name?: string, widthOfString(text: string, size: number, features?: unknown): number }} Font
 * @typedef {{ items: Word[], minWidth: number, maxWidth: number }} Built
 */

const TextBreaker = /** @type {{ prototype: { getBreaks: (this: object, texts: unknown, stack: unknown) => Word[] } }} */ (
	require('pdfmake/js/TextBreaker').default
);
const TextInlines =
	/** @type {{ prototype: { widthOfText: (this: object, text: string, inline: Word) => number, buildInlines: (this: object, t: unknown, s: unknown) => Built } }} */ (
		require('pdfmake/js/TextInlines').default
	);
const Line = /** @type {{ prototype: { hasEnoughSpaceForInline: (this: LineThis, inline: Word, next?: Word[]) => boolean } }} */ (
	require('pdfmake/js/Line').default
);
/** @typedef {{ inlines: Word[], newLineForced?: boolean, inlineWidths: number, leadingCut: number, trailingCut: number, maxWidth: number }} LineThis */

const OWN = new Set(['text', 'lineEnd', 'noNewLine', '_cjk', '_pieces', '_pieceOffset']);
/** Same style: every own property but the text and break flags equal. @param {Word} a @param {Word} b */
function sameStyle(a, b) {
	let count = 0;
	for (const k in a) {
		if (OWN.has(k)) continue;
		count++;
		const x = a[k];
		const y = b[k];
		if (x !== y && (typeof x !== 'object' || typeof y !== 'object' || JSON.stringify(x) !== JSON.stringify(y))) return false;
	}
	for (const k in b) if (!OWN.has(k)) count--;
	return count === 0;
}

/**
 * Can word b join the run ending with word a? Their boundary must touch a
 * CJK character, not be white space, and both must have the same style.
 * @param {Word} a @param {Word} b @param {string} aText the current end of a's text
 */
function joinable(a, b, aText) {
	if (a.lineEnd || aText === '' || b.text === '') return false;
	const last = aText.charCodeAt(aText.length - 1);
	const first = b.text.charCodeAt(0);
	if (isSpaceCode(last) || isSpaceCode(first)) return false;
	if (!isCjkCode(last) && !isCjkCode(first)) return false;
	return sameStyle(a, b);
}

let applied = false;

export function applyCjkPatches() {
	if (applied) return;
	applied = true;
	const FILE = 'pdfmake-cjk.js';

	patch(
		FILE,
		'TextBreaker.prototype.getBreaks',
		TextBreaker.prototype,
		'getBreaks',
		{ arity: 2, uses: ['lineEnd', 'noNewLine'] },
		(getBreaks) =>
			function (/** @type {unknown} */ texts, /** @type {unknown} */ stack) {
				const words = getBreaks.call(this, texts, stack);
				/** @type {Word[]} */
				const out = [];
				/** Texts of the run being joined (joined once at its end, not char by char). @type {string[]} */
				let parts = [];
				const flush = () => {
					if (parts.length > 1) out[out.length - 1].text = parts.join('');
					parts = [];
				};
				for (const word of words) {
					const prev = out[out.length - 1];
					// Compare with the run's last word: its text (not yet joined) decides the boundary.
					if (prev && joinable(prev, word, parts.length > 0 ? parts[parts.length - 1] : prev.text)) {
						if (parts.length === 0) parts.push(prev.text);
						parts.push(word.text);
						prev._cjk = true;
						if (word.lineEnd) prev.lineEnd = true;
						prev.noNewLine = word.noNewLine; // assigned, never deleted: deleting would slow the object down
					} else {
						flush();
						out.push(word);
					}
				}
				flush();
				return out;
			}
	);

	patch(
		FILE,
		'TextInlines.prototype.widthOfText',
		TextInlines.prototype,
		'widthOfText',
		{ arity: 2, uses: ['widthOfString'] },
		(widthOfText) =>
			function (/** @type {string} */ text, /** @type {Word} */ inline) {
				// buildNextLine measures prefixes of a run to find where to split it: forbidden split points do not fit.
				if (inline._cjk && text.length > 0 && text.trim() !== '' && inline.text.startsWith(text)) {
					if (text.length < inline.text.length) return prefixWidth(inline, text.length);
					return fullWidth(inline);
				}
				return widthOfText.call(this, text, inline);
			}
	);

	patch(
		FILE,
		'TextInlines.prototype.buildInlines',
		TextInlines.prototype,
		'buildInlines',
		{ arity: 2, uses: ['minWidth', 'leadingCut', 'trailingCut'] },
		(buildInlines) =>
			function (/** @type {unknown} */ textArray, /** @type {unknown} */ stack) {
				const built = buildInlines.call(this, textArray, stack);
				if (!built.items.some((w) => w._cjk)) return built;
				let minWidth = 0;
				for (const w of built.items)
					minWidth = Math.max(
						minWidth,
						w._cjk ? widestPiece(w) : w.width - /** @type {number} */ (w.leadingCut ?? 0) - /** @type {number} */ (w.trailingCut ?? 0)
					);
				return { ...built, minWidth };
			}
	);

	patch(
		FILE,
		'Line.prototype.hasEnoughSpaceForInline',
		Line.prototype,
		'hasEnoughSpaceForInline',
		{ arity: 1, uses: ['inlineWidths', 'leadingCut', 'trailingCut', 'maxWidth', 'newLineForced', 'noNewLine'] },
		(hasEnoughSpace) =>
			/** @this {LineThis} @param {Word} inline @param {Word[]} [next] */
			function (inline, next = []) {
				// eslint-disable-next-line @typescript-eslint/no-this-alias -- the patched method's receiver, used in nested closures
				const line = this;
				if (line.inlines.length === 0 || line.newLineForced) return hasEnoughSpace.call(this, inline, next);
				if (!inline._cjk && !(inline.noNewLine && next.some((n) => n._cjk))) return hasEnoughSpace.call(this, inline, next);
				// A run only needs room for its first piece: the rest wraps to the next line.
				let needed = inline._cjk ? headWidth(inline) : inline.width;
				let trailing = inline._cjk ? 0 : /** @type {number} */ (inline.trailingCut ?? 0);
				if (!inline._cjk && inline.noNewLine) {
					for (const n of next) {
						needed += n._cjk ? headWidth(n) : n.width;
						trailing = n._cjk ? 0 : /** @type {number} */ (n.trailingCut ?? 0);
						if (n._cjk || !n.noNewLine) break;
					}
				}
				return line.inlineWidths + needed - line.leadingCut - trailing <= line.maxWidth;
			}
	);
}
