import { join } from 'node:path';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { copyPdfWorker, PDF_WORKER_DIR } from './scripts/lib/pdf-worker-files.js';

const OUT = 'build';
// precompress: .br and .gz of the client files next to them, served by adapter-node's static handler
const node = adapter({ out: OUT, precompress: true });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// adapter-node, then the PDF worker's own files next to the server code (scripts/lib/pdf-worker-files.js)
		adapter: {
			...node,
			async adapt(builder) {
				await node.adapt(builder);
				copyPdfWorker(join('src', 'lib', 'server', 'reports'), join(OUT, 'server', PDF_WORKER_DIR));
			}
		},
		csrf: { trustedOrigins: [] }
	}
};

export default config;
