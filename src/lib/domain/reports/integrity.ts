/**
 * Integrity helpers shared by the export and the verification paths:
 * canonical JSON, SHA-256 (WebCrypto: works in Node 20 and browsers, no I/O)
 * and report IDs.
 */

import { SHA256_PATTERN } from '../schema/common';
import { REPORT_ID_BODY, REPORT_ID_FIELD_PATTERN } from '../schema/reports';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Canonical JSON: object keys sorted by UTF-16 code units (as RFC 8785),
 * no whitespace, `undefined` object members left out. Only plain JSON data is
 * accepted: a Date, a Map, a function or a non-finite number throws, so a
 * snapshot can never hash differently depending on how it was built.
 */
export function canonicalJson(value: unknown): string {
	return write(value, '$');
}

function write(value: unknown, path: string): string {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'boolean':
			return value ? 'true' : 'false';
		case 'string':
			return JSON.stringify(value);
		case 'number':
			if (!Number.isFinite(value)) throw new Error(`canonicalJson: non-finite number at ${path}`);
			return JSON.stringify(value);
		case 'object':
			break;
		default:
			throw new Error(`canonicalJson: unsupported ${typeof value} at ${path}`);
	}
	if (Array.isArray(value)) {
		return `[${value.map((v, i) => (v === undefined ? 'null' : write(v, `${path}[${i}]`))).join(',')}]`;
	}
	const proto: unknown = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) {
		throw new Error(`canonicalJson: not a plain object at ${path}`);
	}
	const record = value as Record<string, unknown>;
	const parts: string[] = [];
	for (const key of Object.keys(record).sort()) {
		const member = record[key];
		if (member === undefined) continue;
		parts.push(`${JSON.stringify(key)}:${write(member, `${path}.${key}`)}`);
	}
	return `{${parts.join(',')}}`;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += HEX[b];
	return out;
}

/** SHA-256 of bytes or of a string's UTF-8 encoding, as lower-case hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return toHex(new Uint8Array(digest));
}

/**
 * The one place where a report snapshot is hashed: SHA-256 of its canonical
 * JSON. Key order and whitespace do not matter; any value change does —
 * except `generatedAt`, the moment the snapshot was read, which is left out so
 * that a snapshot taken later of unchanged data hashes the same (this is how
 * verification tells whether the data behind a report has changed).
 */
export function snapshotSha256(snapshot: unknown): Promise<string> {
	if (snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot) && Object.hasOwn(snapshot, 'generatedAt')) {
		const data = Object.fromEntries(Object.entries(snapshot).filter(([key]) => key !== 'generatedAt'));
		return sha256Hex(canonicalJson(data));
	}
	return sha256Hex(canonicalJson(snapshot));
}

export const SHA256_HEX_PATTERN = new RegExp(SHA256_PATTERN);

/* ---------- report IDs ---------- */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** MR-2026-7K3QF2ZD: year, then 8 characters of RFC 4648 base32 (40 random bits). */
export const REPORT_ID_PATTERN = new RegExp(REPORT_ID_FIELD_PATTERN);
/** The same, for finding an ID inside other text. */
export const REPORT_ID_SEARCH = new RegExp(REPORT_ID_BODY);

export function isReportId(value: string): boolean {
	return REPORT_ID_PATTERN.test(value);
}

/** Builds a report ID from a year and 5 random bytes supplied by the caller. */
export function formatReportId(year: number, random: Uint8Array): string {
	if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`report ID year must have 4 digits: ${year}`);
	if (random.length < 5) throw new Error('report ID needs 5 random bytes');
	let bits = 0n;
	for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(random[i]);
	let code = '';
	for (let i = 7; i >= 0; i--) code += BASE32[Number((bits >> BigInt(i * 5)) & 31n)];
	return `MR-${year}-${code}`;
}

/** A new random report ID (WebCrypto randomness). */
export function newReportId(year: number): string {
	return formatReportId(year, globalThis.crypto.getRandomValues(new Uint8Array(5)));
}

/** The keyword written into the PDF's info dictionary to carry the report ID. */
export const REPORT_ID_KEYWORD_PREFIX = 'mamori-report-id:';

export function reportIdKeyword(reportId: string): string {
	return `${REPORT_ID_KEYWORD_PREFIX}${reportId}`;
}

/** The keyword carrying the SHA-256 of the audit package's manifest.json (self-check reports). */
export const MANIFEST_KEYWORD_PREFIX = 'mamori-manifest-sha256:';
