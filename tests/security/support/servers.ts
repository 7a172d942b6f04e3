// Starting the real servers for the security suite: the whole app through
// scripts/start.js, or a second web server (build/index.js) against a running
// PocketBase, e.g. to restart it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT } from '../../../scripts/lib/pocketbase-server.js';

export interface RunningApp {
	webUrl: string;
	pbUrl: string;
	dataDir: string;
	process: ChildProcess;
	log(): string;
	stop(): Promise<void>;
}

/** Runs scripts/start.js with the given extra arguments until the web server answers. */
export async function startApp(options: { args?: string[]; env?: Record<string, string>; dataDir?: string } = {}): Promise<RunningApp> {
	const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mamori-sec-'));
	const port = await freePort();
	const pbPort = await freePort();
	const child = spawn(
		process.execPath,
		[
			join(ROOT, 'scripts', 'start.js'),
			'--no-demo',
			'--data-dir',
			dataDir,
			'--port',
			String(port),
			'--pb-port',
			String(pbPort),
			...(options.args ?? [])
		],
		{
			cwd: ROOT,
			env: { ...process.env, MAMORI_TEST_CLOCK: '1', ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', ...options.env },
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const webUrl = `http://127.0.0.1:${port}`;
	await waitFor(`${webUrl}/login`, child, () => log);
	return {
		webUrl,
		pbUrl: `http://127.0.0.1:${pbPort}`,
		dataDir,
		process: child,
		log: () => log,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}

export interface RunningWeb {
	url: string;
	stop(): Promise<void>;
	log(): string;
}

/** Starts the built web server alone (build/index.js) with the given environment; resolves once /login answers. */
export async function startWeb(env: Record<string, string>, port?: number): Promise<RunningWeb> {
	const p = port ?? (await freePort());
	const url = `http://127.0.0.1:${p}`;
	const child = spawn(process.execPath, [join(ROOT, 'build', 'index.js')], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(p),
			HOST: '127.0.0.1',
			ORIGIN: url,
			MAMORI_PDF_WORKER: join(ROOT, 'src', 'lib', 'server', 'reports', 'pdf-engine.js'),
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	await waitFor(`${url}/login`, child, () => log);
	return {
		url,
		log: () => log,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 240_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log()}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${log()}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
}
