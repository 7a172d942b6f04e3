/**
 * Builds bench/run.ts into one ES module with Vite (the app's own bundler),
 * so that the peak-RSS probe can run on plain Node like the built server,
 * without the tsx loader (which adds a module-hooks thread, ~35 MB). The
 * output goes to node_modules/.cache (inside the project, so that packages
 * resolve; never committed). The PDF worker is given by MAMORI_PDF_WORKER,
 * as in the built app (src/lib/server/reports/worker-url.ts).
 */
import path from 'node:path';
import { build } from 'vite';

export const PROBE_DIR = 'node_modules/.cache/mamori-bench';

export async function buildProbe(root: string): Promise<{ entry: string; workerPath: string }> {
	const outDir = path.join(root, PROBE_DIR);
	await build({
		configFile: false,
		logLevel: 'warn',
		root,
		resolve: { alias: { $lib: path.join(root, 'src/lib') } },
		build: {
			ssr: path.join(root, 'bench/run.ts'),
			outDir,
			emptyOutDir: true,
			minify: false,
			target: 'node20',
			rollupOptions: { output: { format: 'es', entryFileNames: 'probe.mjs' } }
		}
	});
	return { entry: path.join(outDir, 'probe.mjs'), workerPath: path.join(root, 'src/lib/server/reports/pdf-engine.js') };
}
