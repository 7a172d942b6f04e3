/**
 * Finds the mamori report ID in PDF bytes: the `mamori-report-id:MR-…`
 * keyword that the engine writes into the document information dictionary.
 *
 * What pdfkit (0.19, under pdfmake 0.3) actually writes: every info value is
 * its own uncompressed indirect object, `/Keywords 9 0 R` … `9 0 obj
 * (mamori-report-id:MR-2026-… …) endobj`, a literal string; ASCII stays ASCII
 * (our keywords are ASCII on purpose), other text becomes UTF-16BE with a BOM
 * inside the parentheses, with ( ) \ and control characters escaped. Other
 * tools that re-save a PDF may write hex strings (<feff…>) or move the info
 * dictionary into a compressed object stream; all of these are handled, so
 * a re-saved file is reported as "tampered" (ID found, bytes differ) rather
 * than "unknown".
 */
import { inflateSync } from 'node:zlib';
import { MANIFEST_KEYWORD_PREFIX, REPORT_ID_KEYWORD_PREFIX } from '$lib/domain/reports/integrity';
import { REPORT_ID_BODY } from '$lib/domain/schema';

const ID_IN_KEYWORDS = new RegExp(`${REPORT_ID_KEYWORD_PREFIX.replace(/[-:]/g, '\\$&')}(${REPORT_ID_BODY})(?![A-Z2-7])`);
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** Reads a PDF literal string starting just after its "(" → raw bytes (as latin1 chars). */
function readLiteral(s: string, start: number): string {
	let out = '';
	let depth = 1;
	for (let i = start; i < s.length; i++) {
		const c = s[i];
		if (c === '\\') {
			const n = s[++i];
			if (n === undefined) break;
			const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
			if (n in simple) out += simple[n];
			else if (/[0-7]/.test(n)) {
				let oct = n;
				while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) oct += s[++i];
				out += String.fromCharCode(parseInt(oct, 8) & 0xff);
			} else if (n === '\r') {
				if (s[i + 1] === '\n') i++;
			} else if (n !== '\n') out += n;
			continue;
		}
		if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return out;
		out += c;
	}
	return out;
}

function readHex(s: string, start: number): string {
	const end = s.indexOf('>', start);
	const hex = s.slice(start, end < 0 ? undefined : end).replace(/[^0-9a-fA-F]/g, '');
	let out = '';
	for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
	return out;
}

/** PDF string bytes → text: UTF-16BE with BOM, UTF-8 with BOM, else byte = char. */
function decodeText(raw: string): string {
	const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		let out = '';
		for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
		return out;
	}
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
	return raw;
}

interface Source {
	/** The whole file as latin1 text. */
	file: string;
	/** Objects found in compressed object streams, by object number. */
	streamed: Map<number, string>;
}

/** Reads the string value at `pos` of `text` (after whitespace), direct or via an indirect reference. */
function readStringValue(src: Source, text: string, pos: number, depth = 0): string | null {
	const rest = text.slice(pos, pos + 64);
	const ref = /^\s*(\d+)\s+(\d+)\s+R/.exec(rest);
	if (ref) {
		if (depth > 2) return null;
		const objects = [...src.file.matchAll(new RegExp(`(?:^|[^0-9])${ref[1]}\\s+${ref[2]}\\s+obj\\b`, 'g'))];
		const last = objects[objects.length - 1];
		if (last && last.index !== undefined) return readStringValue(src, src.file, last.index + last[0].length, depth + 1);
		const streamed = src.streamed.get(Number(ref[1]));
		return streamed === undefined ? null : readStringValue(src, streamed, 0, depth + 1);
	}
	const m = /^\s*([(<])/.exec(rest);
	if (!m) return null;
	const at = pos + m.index + m[0].length;
	return m[1] === '(' ? readLiteral(text, at) : readHex(text, at);
}

/** Every /Keywords value in `text`, in order. */
function keywordValues(src: Source, text: string): string[] {
	const values: string[] = [];
	for (const m of text.matchAll(/\/Keywords\b/g)) {
		const value = readStringValue(src, text, (m.index ?? 0) + m[0].length);
		if (value !== null) values.push(decodeText(value));
	}
	return values;
}

function idIn(values: string[]): string | null {
	for (let i = values.length - 1; i >= 0; i--) {
		const m = ID_IN_KEYWORDS.exec(values[i]);
		if (m) return m[1];
	}
	return null;
}

/** The objects of compressed object streams (/Type /ObjStm), for PDFs re-saved by other tools. */
function streamedObjects(file: string): Map<number, string> {
	const out = new Map<number, string>();
	let budget = MAX_INFLATED_BYTES;
	for (const m of file.matchAll(/<<((?:(?!>>\s*stream)[^])*?\/Type\s*\/ObjStm\b[^]*?)>>\s*stream\r?\n/g)) {
		const dict = m[1];
		const n = Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? NaN);
		const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? NaN);
		const start = (m.index ?? 0) + m[0].length;
		const end = file.indexOf('endstream', start);
		if (!Number.isInteger(n) || !Number.isInteger(first) || end < 0 || budget <= 0) continue;
		let data: string;
		try {
			const inflated = inflateSync(Buffer.from(file.slice(start, end), 'latin1'), { maxOutputLength: budget });
			budget -= inflated.length;
			data = inflated.toString('latin1');
		} catch {
			continue; // not Flate, or damaged
		}
		const header = data.slice(0, first).trim().split(/\s+/).map(Number);
		for (let i = 0; i < n; i++) {
			const num = header[2 * i];
			const offset = header[2 * i + 1];
			const next = i + 1 < n ? header[2 * i + 3] : data.length - first;
			if (Number.isInteger(num) && Number.isInteger(offset)) out.set(num, data.slice(first + offset, first + next));
		}
	}
	return out;
}

/** Every /Keywords value of a PDF, direct ones first, then those inside compressed object streams. */
function allKeywordValues(pdf: Uint8Array): string[] {
	const s = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
	if (!s.startsWith('%PDF-') && !s.slice(0, 1024).includes('%PDF-')) return [];
	const plain: Source = { file: s, streamed: new Map() };
	const values = keywordValues(plain, s);
	if (!s.includes('/ObjStm')) return values;
	const src: Source = { file: s, streamed: streamedObjects(s) };
	return [...values, ...[...src.streamed.values()].flatMap((text) => keywordValues(src, text))];
}

const MANIFEST_IN_KEYWORDS = new RegExp(`${MANIFEST_KEYWORD_PREFIX.replace(/[-:]/g, '\\$&')}([0-9a-f]{64})(?![0-9a-f])`);

/** The SHA-256 of the audit package manifest a self-check report vouches for, or null. */
export function extractManifestSha256(pdf: Uint8Array): string | null {
	const values = allKeywordValues(pdf);
	for (let i = values.length - 1; i >= 0; i--) {
		const m = MANIFEST_IN_KEYWORDS.exec(values[i]);
		if (m) return m[1];
	}
	return null;
}

/**
 * The mamori report ID of a PDF, or null when there is none (not a PDF, not
 * made by mamori, or the keyword was removed).
 */
export function extractReportId(pdf: Uint8Array): string | null {
	const s = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
	if (!s.startsWith('%PDF-') && !s.slice(0, 1024).includes('%PDF-')) return null;
	const plain: Source = { file: s, streamed: new Map() };
	const direct = idIn(keywordValues(plain, s));
	if (direct) return direct;
	if (!s.includes('/ObjStm')) return null;
	const src: Source = { file: s, streamed: streamedObjects(s) };
	for (const text of [s, ...src.streamed.values()]) {
		const id = idIn(keywordValues(src, text));
		if (id) return id;
	}
	return null;
}
