/**
 * Start time of the built app: `npm start` on a fresh data directory
 * (--ephemeral, no demo data: PocketBase starts, applies the migrations, the
 * web server starts) until the login page answers 200. Each run in its own
 * process group, stopped with SIGTERM afterwards.
 */
import { spawn } from 'node:child_process';
import { freePort, ROOT } from '../scripts/lib/pocketbase-server.js';
import { median, round } from './support';
import { BUILD_ENTRY, waitFor200 } from './web/stack';
import { existsSync } from 'node:fs';

export interface StartupResult {
	runs: number[];
	medianSeconds: number;
}

async function once(): Promise<number> {
	const port = await freePort();
	const pbPort = await freePort();
	const t0 = performance.now();
	const child = spawn('npm', ['start', '--', '--ephemeral', '--no-demo', '--port', String(port), '--pb-port', String(pbPort)], {
		cwd: ROOT,
		stdio: 'ignore',
		detached: true,
		env: { ...process.env, MAMORI_DEMO: '0' }
	});
	try {
		await waitFor200(`http://127.0.0.1:${port}/login`, 120_000, child);
		return (performance.now() - t0) / 1000;
	} finally {
		const exited = new Promise((r) => child.once('exit', r));
		if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
		await exited;
	}
}

export async function runStartup(runs = 3): Promise<StartupResult> {
	if (!existsSync(BUILD_ENTRY)) throw new Error('build/index.js is missing: run `npm run build` first');
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		times.push(round(await once(), 2));
		console.log(`  start ${i + 1}: ${times[i]} s to the first 200`);
	}
	return { runs: times, medianSeconds: round(median(times), 2) };
}
