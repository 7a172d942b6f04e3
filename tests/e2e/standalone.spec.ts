// The built app runs on its own: `node build/index.js`, started from another
// directory and without MAMORI_PDF_WORKER (which only scripts/start.js used
// to set), finds its PDF worker and renders the warm-up page with it.
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, ROOT } from '../../scripts/lib/pocketbase-server.js';

test('node build/index.js finds its PDF worker without MAMORI_PDF_WORKER', async ({ request }) => {
	const port = await freePort();
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` };
	delete env.MAMORI_PDF_WORKER;
	const app = spawn(process.execPath, [join(ROOT, 'build', 'index.js')], { cwd: tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	app.stdout.on('data', (chunk) => (log += chunk));
	app.stderr.on('data', (chunk) => (log += chunk));
	try {
		await expect
			.poll(
				async () => {
					const response = await request.get(`http://127.0.0.1:${port}/health`).catch(() => null);
					return response?.ok() ? ((await response.json()) as { pdfWorker: { state: string } }).pdfWorker.state : 'down';
				},
				{ timeout: 60_000, intervals: [250] }
			)
			.toMatch(/^(ready|failed)$/);
		const health = await (await request.get(`http://127.0.0.1:${port}/health`)).json();
		expect(health, log).toEqual({ status: 'ok', pdfWorker: { state: 'ready' } });
	} finally {
		app.kill('SIGTERM');
	}
});
