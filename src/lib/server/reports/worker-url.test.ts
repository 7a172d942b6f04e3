import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfWorkerUrl } from './worker-url';

describe('pdfWorkerUrl', () => {
	it('finds the worker next to the sources (vitest, tsx, vite dev)', () => {
		expect(fileURLToPath(pdfWorkerUrl(new URL('./worker-url.ts', import.meta.url), {}))).toBe(
			fileURLToPath(new URL('./pdf-engine.js', import.meta.url))
		);
	});

	it('finds the copy in build/server/pdf-worker from a bundled chunk, without MAMORI_PDF_WORKER', () => {
		const build = mkdtempSync(join(tmpdir(), 'mamori-build-'));
		mkdirSync(join(build, 'server', 'chunks', 'chunks'), { recursive: true });
		mkdirSync(join(build, 'server', 'pdf-worker'));
		writeFileSync(join(build, 'server', 'pdf-worker', 'pdf-engine.js'), '');
		const chunk = pathToFileURL(join(build, 'server', 'chunks', 'chunks', 'render.js-abc.js'));
		expect(fileURLToPath(pdfWorkerUrl(chunk, {}))).toBe(join(build, 'server', 'pdf-worker', 'pdf-engine.js'));
	});

	it('says what is missing and how to fix it', () => {
		const empty = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'mamori-empty-')), 'chunk.js'));
		expect(() => pdfWorkerUrl(empty, {})).toThrow(/rebuild with `npm run build`, or set MAMORI_PDF_WORKER/);
		expect(fileURLToPath(pdfWorkerUrl(empty, { MAMORI_PDF_WORKER: '/x/pdf-engine.js' }))).toBe('/x/pdf-engine.js');
	});
});
