/**
 * Checks an unpacked audit package on disk, offline: hashes every file in
 * the folder (streamed, one at a time), reads manifest.json and the manifest
 * hash that report.pdf carries, and lets domain/evidence/package-check.ts
 * decide. Used by `npm run report -- verify <folder>`.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkPackage, type PackageCheck } from '$lib/domain/evidence/package-check';
import { PACKAGE_MANIFEST_JSON, PACKAGE_REPORT_PATH } from '$lib/domain/evidence/package';
import { extractManifestSha256 } from '$lib/server/reports/extract-id';

async function hashFile(path: string): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
	return hash.digest('hex');
}

/** Every regular file under `root`, by '/'-separated relative path (symbolic links are not followed). */
async function filesUnder(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

export interface FolderCheck extends PackageCheck {
	/** The report's bytes, for the check against the server. */
	reportPdf: Uint8Array | null;
}

export async function checkPackageFolder(root: string): Promise<FolderCheck> {
	const files = new Map<string, string>();
	for (const path of await filesUnder(root)) files.set(path, await hashFile(join(root, path)));
	const reportPath = join(root, PACKAGE_REPORT_PATH);
	const reportPdf = existsSync(reportPath) ? new Uint8Array(readFileSync(reportPath)) : null;
	const manifestPath = join(root, PACKAGE_MANIFEST_JSON);
	const manifestText = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : null;
	const check = checkPackage({
		manifestText,
		manifestSha256: files.get(PACKAGE_MANIFEST_JSON) ?? null,
		reportManifestSha256: reportPdf ? extractManifestSha256(reportPdf) : null,
		reportPresent: reportPdf !== null,
		files
	});
	return { ...check, reportPdf };
}

/** What the CLI prints: one line per file that is not as the manifest says, and a verdict. */
export function describeFolderCheck(check: PackageCheck): string[] {
	const lines: string[] = [];
	const manifest: Record<PackageCheck['manifest'], string> = {
		match: 'manifest.json: matches the hash the report carries',
		differs: 'manifest.json: DIFFERS from the hash the report carries',
		missing: 'manifest.json: MISSING',
		invalid: 'manifest.json: NOT A MAMORI MANIFEST',
		no_hash_in_report: 'manifest.json: the report carries no manifest hash (is report.pdf the package’s report?)'
	};
	if (check.report === 'missing') lines.push('report.pdf: MISSING');
	lines.push(manifest[check.manifest]);
	for (const f of check.files) {
		if (f.state === 'match') lines.push(`match    ${f.path}`);
		else if (f.state === 'differs') lines.push(`DIFFERS  ${f.path} (expected ${f.expected}, found ${f.actual})`);
		else lines.push(`MISSING  ${f.path}`);
	}
	for (const p of check.unexpected) lines.push(`ADDED    ${p} (not in the manifest)`);
	const counts = (state: string) => check.files.filter((f) => f.state === state).length;
	lines.push(
		`${check.intact ? 'PACKAGE INTACT' : 'PACKAGE NOT INTACT'}: ${counts('match')} match, ${counts('differs')} differ, ${counts('missing')} missing, ${check.unexpected.length} added`
	);
	return lines;
}
