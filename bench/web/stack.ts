/**
 * A built mamori (build/index.js) and a real PocketBase on a temporary data
 * directory, on free loopback ports, for the web benchmarks. The web server
 * takes each request's client address from X-Forwarded-For (adapter-node
 * ADDRESS_HEADER), so that a load generator can speak for many people.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { freePort, ROOT, startPocketBase, upsertSuperuser, type RunningPocketBase } from '../../scripts/lib/pocketbase-server.js';
import { ensureReportKey } from '../../scripts/lib/report-key.js';

export interface Stack {
	pbUrl: string;
	webUrl: string;
	superuser: PocketBase;
	pocketbase: RunningPocketBase;
	web: ChildProcess;
	stop(): Promise<void>;
}

export const BUILD_ENTRY = join(ROOT, 'build', 'index.js');

export async function waitFor200(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child && child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering ${url}`);
		try {
			const res = await fetch(url, { redirect: 'manual' });
			await res.arrayBuffer();
			if (res.status === 200) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

export async function startStack(): Promise<Stack> {
	if (!existsSync(BUILD_ENTRY)) throw new Error('build/index.js is missing: run `npm run build` first');
	const dataDir = mkdtempSync(join(tmpdir(), 'mamori-bench-'));
	const email = 'bench@mamori.local';
	const password = randomBytes(18).toString('base64url');
	await upsertSuperuser(dataDir, email, password);
	const key = ensureReportKey(dataDir);
	const pocketbase = await startPocketBase({ dataDir, port: await freePort(), env: { MAMORI_REPORT_KEY: key }, timeoutMs: 60_000 });
	const port = await freePort();
	const webUrl = `http://127.0.0.1:${port}`;
	const web = spawn(process.execPath, [BUILD_ENTRY], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: webUrl,
			PB_URL: pocketbase.url,
			MAMORI_REPORT_KEY: key,
			MAMORI_SESSION_FILE: join(dataDir, '.sessions.json'),
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1'
		}
	});
	await waitFor200(`${webUrl}/login`, 60_000, web);
	const superuser = new PocketBase(pocketbase.url);
	superuser.autoCancellation(false);
	await superuser.collection('_superusers').authWithPassword(email, password);
	return {
		pbUrl: pocketbase.url,
		webUrl,
		superuser,
		pocketbase,
		web,
		async stop() {
			if (web.exitCode === null) {
				const exited = new Promise((r) => web.once('exit', r));
				web.kill('SIGTERM');
				await exited;
			}
			await pocketbase.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
