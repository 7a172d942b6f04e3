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
		// form posts from other origins are refused (SvelteKit's origin check, on by default; no exceptions)
		csrf: { trustedOrigins: [] },
		// every page gets a nonce-based policy; frame-ancestors 'none': no page (sign, submit, …) can be framed.
		// Inline style attributes stay allowed (Svelte and the components use them); scripts only with the nonce.
		csp: {
			mode: 'nonce',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
