/**
 * Checking an unpacked audit package: manifest.json against the hash the
 * report carries, then every file the manifest names against its SHA-256,
 * and what is there that the manifest does not name. The caller hashes the
 * files (CLI: node streams); this decides. Pure.
 */
import { z } from 'zod';
import { MANIFEST_KEYWORD_PREFIX } from '../reports/integrity';
import { PACKAGE_FORMAT, PACKAGE_MANIFEST_CSV, PACKAGE_MANIFEST_JSON, PACKAGE_REPORT_PATH } from './package';

const entrySchema = z.object({
	path: z.string().min(1).nullable(),
	evidenceId: z.string(),
	title: z.string(),
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.nullable()
});
const manifestSchema = z.object({ format: z.literal(PACKAGE_FORMAT), entries: z.array(entrySchema) });

export type ManifestState = 'match' | 'differs' | 'missing' | 'invalid' | 'no_hash_in_report';
export type FileState = 'match' | 'differs' | 'missing';

export interface FileCheck {
	path: string;
	title: string;
	state: FileState;
	expected: string;
	actual: string | null;
}

export interface PackageCheck {
	/** Whether manifest.json is the one the report vouches for. */
	manifest: ManifestState;
	report: 'present' | 'missing';
	files: FileCheck[];
	/** Files in the folder the manifest does not name (the report and manifests aside). */
	unexpected: string[];
	/** Every file matches, the manifest is the report's, and nothing is missing. */
	intact: boolean;
}

export interface PackageInput {
	/** manifest.json's text, null when the folder has none. */
	manifestText: string | null;
	/** SHA-256 of manifest.json's bytes as found. */
	manifestSha256: string | null;
	/** The manifest hash the report carries (its PDF keyword), null without report or keyword. */
	reportManifestSha256: string | null;
	reportPresent: boolean;
	/** SHA-256 of every file in the folder, by '/'-separated path relative to it. */
	files: ReadonlyMap<string, string>;
}

/** Safe paths only: relative, '/'-separated, no '..' (a manifest is not trusted to point outside its folder). */
export function isSafePackagePath(path: string): boolean {
	return !path.startsWith('/') && !path.includes('\\') && path.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}

export function checkPackage(input: PackageInput): PackageCheck {
	const report = input.reportPresent ? 'present' : 'missing';
	if (input.manifestText === null) {
		return { manifest: 'missing', report, files: [], unexpected: [...input.files.keys()].sort(), intact: false };
	}
	let parsed: z.infer<typeof manifestSchema>;
	try {
		const result = manifestSchema.safeParse(JSON.parse(input.manifestText));
		if (!result.success) throw result.error;
		parsed = result.data;
	} catch {
		return { manifest: 'invalid', report, files: [], unexpected: [], intact: false };
	}
	const manifest: ManifestState =
		input.reportManifestSha256 === null ? 'no_hash_in_report' : input.reportManifestSha256 === input.manifestSha256 ? 'match' : 'differs';
	const named = new Set([PACKAGE_REPORT_PATH, PACKAGE_MANIFEST_JSON, PACKAGE_MANIFEST_CSV]);
	const files: FileCheck[] = [];
	for (const entry of parsed.entries) {
		if (entry.path === null || entry.sha256 === null) continue;
		named.add(entry.path);
		const actual = isSafePackagePath(entry.path) ? (input.files.get(entry.path) ?? null) : null;
		files.push({
			path: entry.path,
			title: entry.title,
			state: actual === null ? 'missing' : actual === entry.sha256 ? 'match' : 'differs',
			expected: entry.sha256,
			actual
		});
	}
	const unexpected = [...input.files.keys()].filter((p) => !named.has(p)).sort();
	return {
		manifest,
		report,
		files,
		unexpected,
		intact: manifest === 'match' && report === 'present' && files.every((f) => f.state === 'match')
	};
}

const KEYWORD = new RegExp(`${MANIFEST_KEYWORD_PREFIX.replace(/[-:]/g, '\\$&')}([0-9a-f]{64})(?![0-9a-f])`, 'g');

/**
 * The manifest hash in a mamori PDF's bytes, found as the plain ASCII keyword
 * the engine writes (for the browser; the CLI also reads keywords a re-saving
 * tool moved into compressed streams: server/reports/extract-id.ts). The last
 * one wins, as in an incrementally updated PDF.
 */
export function manifestHashInPdfBytes(pdf: Uint8Array): string | null {
	let text = '';
	for (let i = 0; i < pdf.length; i += 65536) text += String.fromCharCode(...pdf.subarray(i, i + 65536));
	let found: string | null = null;
	for (const m of text.matchAll(KEYWORD)) found = m[1];
	return found;
}
