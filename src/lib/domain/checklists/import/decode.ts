/**
 * Bytes of a text file (CSV, OSCAL JSON) → text, as files really arrive: UTF-8
 * with or without a BOM, UTF-16 (Excel's "Unicode text", with or without a
 * BOM) and Shift_JIS (CP932, what Excel in Japan writes for "CSV"). The
 * encoding is detected, never assumed, so Japanese text is never garbled in
 * silence: bytes that fit none of them, or decode to control characters,
 * are reported as an encoding problem. Pure (TextDecoder only).
 */
import type { Localized } from '../schema';
import type { ImportProblem } from './problems';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export const ENCODING_NAMES: Record<TextEncodingName, Localized> = {
	'utf-8': { ja: 'UTF-8', en: 'UTF-8' },
	'utf-16le': { ja: 'UTF-16（リトルエンディアン）', en: 'UTF-16 (little-endian)' },
	'utf-16be': { ja: 'UTF-16（ビッグエンディアン）', en: 'UTF-16 (big-endian)' },
	shift_jis: { ja: 'Shift_JIS（CP932）', en: 'Shift_JIS (CP932)' }
};

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName; bom: boolean } | { ok: false; problems: ImportProblem[] };

const SAVE_AS = 'save it as "CSV UTF-8" (Excel: ファイルの種類 → CSV UTF-8) and import it again';

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** UTF-16 without a BOM: ASCII-heavy text has a zero byte in every other position. */
function utf16Guess(bytes: Uint8Array): TextEncodingName | null {
	const n = Math.min(bytes.length - (bytes.length % 2), 4096);
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
	if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
	return null;
}

/** The first control character other than tab and line ends (or U+FFFD): a sign the bytes were read with the wrong encoding. */
function firstNonText(text: string): number {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) return i;
	}
	return -1;
}

function finish(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
	const at = firstNonText(text);
	if (at >= 0) {
		const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
		return {
			ok: false,
			problems: [
				{
					field: 'file',
					message: `this looks like an encoding problem: read as ${ENCODING_NAMES[encoding].en}, line ${line} has a character that is not text; ${SAVE_AS}`
				}
			]
		};
	}
	return { ok: true, text, encoding, bom };
}

export function decodeText(bytes: Uint8Array): DecodedText {
	const starts = (...b: number[]) => b.every((v, i) => bytes[i] === v);
	if (starts(0xef, 0xbb, 0xbf)) {
		const text = strict('utf-8', bytes.subarray(3));
		if (text !== null) return finish(text, 'utf-8', true);
		return {
			ok: false,
			problems: [{ field: 'file', message: `the file starts with a UTF-8 byte-order mark but is not UTF-8 throughout; ${SAVE_AS}` }]
		};
	}
	for (const [encoding, b0, b1] of [
		['utf-16le', 0xff, 0xfe],
		['utf-16be', 0xfe, 0xff]
	] as const) {
		if (starts(b0, b1)) {
			const text = strict(encoding, bytes.subarray(2));
			if (text !== null) return finish(text, encoding, true);
			return { ok: false, problems: [{ field: 'file', message: `the file starts like UTF-16 but does not decode as UTF-16; ${SAVE_AS}` }] };
		}
	}
	const utf16 = utf16Guess(bytes);
	if (utf16) {
		const text = strict(utf16, bytes);
		if (text !== null) return finish(text, utf16, false);
	}
	const utf8 = strict('utf-8', bytes);
	if (utf8 !== null) return finish(utf8, 'utf-8', false);
	const sjis = strict('shift_jis', bytes);
	if (sjis !== null) return finish(sjis, 'shift_jis', false);
	return {
		ok: false,
		problems: [
			{ field: 'file', message: `this looks like an encoding problem: the file is neither UTF-8, UTF-16 nor Shift_JIS text; ${SAVE_AS}` }
		]
	};
}
