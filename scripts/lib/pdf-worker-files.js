// The PDF worker (src/lib/server/reports/pdf-engine.js and the plain .js
// files it imports) runs in a worker thread from its own files, which the
// SvelteKit build does not bundle. svelte.config.js copies them into
// build/server/pdf-worker/ after adapter-node has written the build, and
// src/lib/server/reports/worker-url.ts finds them there, so that
// `node build/index.js` runs on its own. They import only Node built-ins and
// `pdfmake` (resolved from the app's node_modules).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PDF_WORKER_DIR = 'pdf-worker';

/** Copies the worker's files from `sourceDir` into `targetDir`; returns their names. */
export function copyPdfWorker(sourceDir, targetDir) {
	mkdirSync(targetDir, { recursive: true });
	const files = readdirSync(sourceDir).filter((name) => name.endsWith('.js') && !name.endsWith('.test.js'));
	for (const name of files) copyFileSync(join(sourceDir, name), join(targetDir, name));
	if (!files.includes('pdf-engine.js')) throw new Error(`pdf-engine.js is missing from ${sourceDir}`);
	return files;
}
