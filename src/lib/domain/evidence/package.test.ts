import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../reports/selfcheck/synthetic';
import { checkPackage, isSafePackagePath } from './package-check';
import { manifestJson, manifestSha256, packageManifest, safeFileName } from './package';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the audit package manifest', () => {
	const snap = syntheticSnapshot({ items: 60, sections: 4 });
	const manifest = packageManifest(snap);

	it('names every piece of evidence once, with the items it is linked to and a unique numbered path', () => {
		const used = new Set(snap.items.flatMap((i) => i.answer.evidence.map((e) => e.id)));
		expect(manifest.entries.map((e) => e.evidenceId).sort()).toEqual([...used].sort());
		const paths = manifest.entries.map((e) => e.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths[0]).toMatch(/^evidence\/001-/);
		const first = manifest.entries[0];
		const linked = snap.items
			.filter((i) => i.answer.evidence.some((e) => e.id === first.evidenceId))
			.map((i) => `${i.checklistId}/${i.itemId}`);
		expect(first.links).toEqual(linked);
	});

	it('is deterministic, and its printed hash is of manifest.json’s bytes', () => {
		expect(manifestJson(packageManifest(snap))).toBe(manifestJson(manifest));
		expect(manifestSha256(snap)).toBe(sha(manifestJson(manifest)));
	});

	it('cleans file names: no separators, reserved or control characters, not hidden', () => {
		expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
		expect(safeFileName('.hidden')).toBe('hidden');
		expect(safeFileName('a:b*c?.pdf')).toBe('a_b_c_.pdf');
		expect(safeFileName('訓練記録\n2026.pdf')).toBe('訓練記録_2026.pdf');
		expect(safeFileName('...')).toBe('file');
	});
});

describe('checking an unpacked package', () => {
	const snap = syntheticSnapshot({ items: 30, sections: 3 });
	const manifest = packageManifest(snap);
	const text = manifestJson(manifest);
	const files = () =>
		new Map([
			['report.pdf', 'x'.repeat(64)],
			['manifest.json', sha(text)],
			...manifest.entries.flatMap((e) => (e.path && e.sha256 ? [[e.path, e.sha256] as [string, string]] : []))
		]);
	const input = (changes: Partial<Parameters<typeof checkPackage>[0]> = {}) => ({
		manifestText: text,
		manifestSha256: sha(text),
		reportManifestSha256: sha(text),
		reportPresent: true,
		files: files(),
		...changes
	});

	it('finds an intact package intact', () => {
		const check = checkPackage(input());
		expect(check.intact).toBe(true);
		expect(check.files.every((f) => f.state === 'match')).toBe(true);
		expect(check.unexpected).toEqual([]);
	});

	it('names a changed file, a missing one and an added one', () => {
		const [a, b] = manifest.entries.filter((e) => e.path);
		const changed = files();
		changed.set(a.path as string, '0'.repeat(64));
		changed.delete(b.path as string);
		changed.set('evidence/extra.txt', '1'.repeat(64));
		const check = checkPackage(input({ files: changed }));
		expect(check.intact).toBe(false);
		expect(check.files.find((f) => f.path === a.path)?.state).toBe('differs');
		expect(check.files.find((f) => f.path === b.path)?.state).toBe('missing');
		expect(check.files.filter((f) => f.state === 'match')).toHaveLength(check.files.length - 2);
		expect(check.unexpected).toEqual(['evidence/extra.txt']);
	});

	it('does not trust a manifest the report does not vouch for, or one that points outside the folder', () => {
		expect(checkPackage(input({ reportManifestSha256: '2'.repeat(64) })).manifest).toBe('differs');
		expect(checkPackage(input({ reportManifestSha256: null, reportPresent: false })).intact).toBe(false);
		expect(checkPackage(input({ manifestText: '{"format":"x"}' })).manifest).toBe('invalid');
		expect(checkPackage(input({ manifestText: null })).manifest).toBe('missing');
		expect(isSafePackagePath('evidence/001-a.pdf')).toBe(true);
		for (const bad of ['../a', '/etc/passwd', 'evidence/../../a', 'a\\b', 'evidence//a']) expect(isSafePackagePath(bad), bad).toBe(false);
	});
});

describe('the manifest hash in a PDF', () => {
	it('is found as the keyword the engine writes; the last one wins; none without it', async () => {
		const { manifestHashInPdfBytes } = await import('./package-check');
		const a = 'a'.repeat(64);
		const b = 'b'.repeat(64);
		const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
		expect(manifestHashInPdfBytes(pdf(`(mamori-report-id:MR-2026-AAAAAAAA mamori-manifest-sha256:${a})`))).toBe(a);
		expect(manifestHashInPdfBytes(pdf(`(mamori-manifest-sha256:${a}) (mamori-manifest-sha256:${b})`))).toBe(b);
		expect(manifestHashInPdfBytes(pdf(`(mamori-manifest-sha256:${a}0)`))).toBeNull();
		expect(manifestHashInPdfBytes(pdf('(mamori-report-id:MR-2026-AAAAAAAA)'))).toBeNull();
	});
});
