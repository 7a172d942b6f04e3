/**
 * Where the PDF worker's entry file is.
 *
 * The worker is plain ESM JavaScript (pdf-engine.js with its sibling .js
 * files: pdf-layouts.js and pdfmake-*.js) so that it starts without a
 * TypeScript loader. Under vitest, tsx and `vite dev` it is found next to
 * this file. In the adapter-node build this code is bundled into a chunk
 * under build/server/, and svelte.config.js copies the worker's files to
 * build/server/pdf-worker/ (scripts/lib/pdf-worker-files.js): it is found
 * there, so `node build/index.js` needs no setting. MAMORI_PDF_WORKER (a
 * path to pdf-engine.js) overrides both, e.g. for bench/run.ts's bundle.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Next to this module, then in a pdf-worker/ folder beside it or up to four levels above. */
export function workerCandidates(base: string | URL): URL[] {
	const ups = ['./', '../', '../../', '../../../', '../../../../'];
	return [new URL('./pdf-engine.js', base), ...ups.map((up) => new URL(`${up}pdf-worker/pdf-engine.js`, base))];
}

export function pdfWorkerUrl(base: string | URL = import.meta.url, env: Record<string, string | undefined> = process.env): URL {
	const override = env.MAMORI_PDF_WORKER;
	if (override && override.trim() !== '') return pathToFileURL(override);
	const found = workerCandidates(base).find((url) => existsSync(fileURLToPath(url)));
	if (found) return found;
	throw new Error(
		`the PDF worker (pdf-engine.js) is neither next to ${fileURLToPath(base)} nor in a pdf-worker/ folder above it: rebuild with \`npm run build\`, or set MAMORI_PDF_WORKER to its path`
	);
}
