/**
 * Where the PDF worker's entry file is: the one place to change when the
 * built app keeps it elsewhere.
 *
 * The worker is plain ESM JavaScript (pdf-engine.js with its sibling .js
 * files: pdf-layouts.js and pdfmake-*.js) so that it starts without a
 * TypeScript loader. Under vitest and tsx it is found next to this file. In
 * the adapter-node build, server code is bundled into build/server and Vite
 * leaves `new URL('./pdf-engine.js', import.meta.url)` as it is (seen in the
 * bench's Vite bundle), so either copy those .js files together next to the
 * chunk, or anywhere and set MAMORI_PDF_WORKER to the copied pdf-engine.js
 * (what bench/run.ts does for its bundled RSS probe). They import only node
 * built-ins and `pdfmake`, resolved from the app's node_modules.
 */
import { pathToFileURL } from 'node:url';

export function pdfWorkerUrl(): URL {
	const override = process.env.MAMORI_PDF_WORKER;
	if (override && override.trim() !== '') return pathToFileURL(override);
	return new URL('./pdf-engine.js', import.meta.url);
}
