// @ts-check
/**
 * Where Japanese text may be broken between lines (kinsoku shori, 禁則処理),
 * for the CJK runs of pdfmake-cjk.js: next to a CJK character or after a
 * space, but never before closing punctuation, small kana or the long-vowel
 * mark (行頭禁則), never after an opening bracket (行末禁則), and never inside
 * a Latin word or number.
 */

/** CJK ideographs, kana, CJK punctuation and full-width forms. @param {number} c */
export const isCjkCode = (c) =>
	(c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef);

/** May not start a line (行頭禁則). */
const NO_START = new Set(
	[...'、。，．・：；？！‼⁇⁈⁉ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ）］｝」』】〉》〕〙〗〟’”｠»),.;:!?%]}'].map(
		(c) => c.charCodeAt(0)
	)
);
/** May not end a line (行末禁則). */
const NO_END = new Set([...'（［｛「『【〈《〔〘〖〝‘“｟«([{¥$£€#'].map((c) => c.charCodeAt(0)));

/** White space as /\s/ sees it. @param {number} c */
export const isSpaceCode = (c) =>
	c === 32 ||
	(c >= 9 && c <= 13) ||
	c === 0xa0 ||
	c === 0x1680 ||
	(c >= 0x2000 && c <= 0x200a) ||
	c === 0x2028 ||
	c === 0x2029 ||
	c === 0x202f ||
	c === 0x205f ||
	c === 0x3000 ||
	c === 0xfeff;

/**
 * Can a run be split before index i (1 ≤ i < text.length)? After a space,
 * or next to a CJK character, unless kinsoku forbids it.
 * @param {string} text @param {number} i
 */
export function canBreakAt(text, i) {
	const a = text.charCodeAt(i - 1);
	const b = text.charCodeAt(i);
	if (NO_START.has(b) || NO_END.has(a) || isSpaceCode(b)) return false;
	if (isSpaceCode(a)) return true;
	return isCjkCode(a) || isCjkCode(b);
}
