// `npm start` stops everything it started whenever it is told to stop: a SIGTERM that arrives
// while the demo organisation is still being set up (PocketBase already serving, the web server
// not yet started) must not leave PocketBase running on its port with the data directory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, ROOT } from '../../scripts/lib/pocketbase-server.js';

test('a SIGTERM during the demo set-up stops PocketBase and removes the ephemeral data directory', async ({ request }) => {
	test.setTimeout(120_000);
	const [port, pbPort] = [await freePort(), await freePort()];
	const start = spawn(
		process.execPath,
		[join(ROOT, 'scripts', 'start.js'), '--ephemeral', '--port', String(port), '--pb-port', String(pbPort)],
		{
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let log = '';
	start.stdout.on('data', (chunk) => (log += chunk));
	start.stderr.on('data', (chunk) => (log += chunk));
	const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
	const pocketbaseUp = async () =>
		(await request.get(`http://127.0.0.1:${pbPort}/api/health`, { timeout: 2000 }).catch(() => null))?.ok() ?? false;
	try {
		await expect.poll(pocketbaseUp, { timeout: 60_000, intervals: [100] }).toBe(true);
		// still setting up: the web server has not been started yet
		expect(log).not.toContain('mamori is running at');
		const dataDir = /with data in (\S+)/.exec(log)?.[1];
		expect(dataDir, log).toBeTruthy();
		start.kill('SIGTERM');
		expect(await exited, log).toBe(0);
		await expect.poll(pocketbaseUp, { timeout: 10_000 }).toBe(false);
		expect(existsSync(dataDir!)).toBe(false);
	} finally {
		if (start.exitCode === null) start.kill('SIGKILL');
	}
});
