#!/usr/bin/env node
// `npm start`: builds the app when needed, starts the real PocketBase server
// with our data directory (applying pb_migrations, loading pb_hooks), creates
// the demo organisation on first run, then starts the SvelteKit server.
// Ctrl-C stops both; if either crashes, the other is stopped too.
//
// Options (flags or environment):
//   --no-demo        / MAMORI_DEMO=0     start without creating demo data
//   --ephemeral                          use a fresh temporary data directory, deleted on stop (tests)
//   --data-dir DIR   / MAMORI_DATA_DIR   PocketBase data (default ./pb_data)
//   --port N         / PORT              web port (default 3000)
//   --pb-port N      / PB_PORT           PocketBase port (default 8090; always on 127.0.0.1)
//   --host H         / HOST              interface of the web server (default 127.0.0.1)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemo } from './lib/demo.js';
import { demoInvitation } from './lib/demo-members.js';
import { isPortFree, POCKETBASE_HOST, ROOT, startPocketBase, upsertSuperuser } from './lib/pocketbase-server.js';
import { ensureReportKey } from './lib/report-key.js';

function option(flag, envName, fallback) {
	const i = process.argv.indexOf(flag);
	if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
	return process.env[envName] || fallback;
}

const noDemo = process.argv.includes('--no-demo') || process.env.MAMORI_DEMO === '0';
const ephemeral = process.argv.includes('--ephemeral');
const dataDir = ephemeral
	? mkdtempSync(join(tmpdir(), 'mamori-'))
	: resolve(option('--data-dir', 'MAMORI_DATA_DIR', join(ROOT, 'pb_data')));
const host = option('--host', 'HOST', '127.0.0.1');
const port = Number(option('--port', 'PORT', '3000'));
const pbPort = Number(option('--pb-port', 'PB_PORT', '8090'));
const say = (text) => console.log(`[mamori] ${text}`);

function newestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

function buildIfNeeded() {
	const output = join(ROOT, 'build', 'index.js');
	const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => join(ROOT, p));
	if (existsSync(output) && statSync(output).mtimeMs >= Math.max(...inputs.filter(existsSync).map(newestMtime))) return;
	say('building the web app (first start or sources changed)…');
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	if (result.status !== 0) {
		console.error('[mamori] the build failed; see the messages above.');
		process.exit(1);
	}
}

/** Setup-only superuser credentials, kept (mode 600) inside the data directory. */
function setupCredentials() {
	// end-to-end tests (an ephemeral data directory, MAMORI_TEST_CLOCK=1) name the setup superuser so that they can move the test clock
	if (ephemeral && process.env.MAMORI_TEST_CLOCK === '1' && process.env.MAMORI_E2E_SETUP_PASSWORD) {
		return { email: 'setup@mamori.local', password: process.env.MAMORI_E2E_SETUP_PASSWORD };
	}
	const file = join(dataDir, '.mamori-setup.json');
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
	mkdirSync(dataDir, { recursive: true });
	const credentials = { email: 'setup@mamori.local', password: randomBytes(24).toString('base64url') };
	writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
	return credentials;
}

/**
 * The evidence upload limit (MAMORI_EVIDENCE_MAX_MB, default in
 * pb_hooks/lib/evidence-config.json), given to PocketBase and the web server
 * alike; the web server's body limit leaves room for the form around the file.
 */
function evidenceLimits() {
	const config = JSON.parse(readFileSync(join(ROOT, 'pb_hooks', 'lib', 'evidence-config.json'), 'utf8'));
	const asked = Number(process.env.MAMORI_EVIDENCE_MAX_MB);
	const mb = asked > 0 && asked <= config.maxMegabytesCeiling ? asked : config.maxMegabytesDefault;
	const bodyBytes = Math.max(20 * 1024 * 1024, Math.ceil((mb + 5) * 1024 * 1024));
	return { mb: String(mb), bodyLimit: process.env.BODY_SIZE_LIMIT || String(bodyBytes) };
}

/** What is running, filled in as each part starts: a signal at any moment stops what has started. */
const running = { pocketbase: null, pocketbaseChild: null, web: null };
let stopping = false;

async function stop(code) {
	if (stopping) return;
	stopping = true;
	if (running.web && running.web.exitCode === null) running.web.kill('SIGTERM');
	if (running.pocketbase) await running.pocketbase.stop();
	else if (running.pocketbaseChild && running.pocketbaseChild.exitCode === null) running.pocketbaseChild.kill('SIGTERM');
	if (ephemeral) rmSync(dataDir, { recursive: true, force: true });
	process.exit(code);
}

async function main() {
	// from the first moment: a stop during the build, PocketBase's start or the demo set-up must not leave PocketBase running
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
	for (const [what, p, variable, on] of [
		['web server', port, 'PORT', host],
		['PocketBase', pbPort, 'PB_PORT', POCKETBASE_HOST]
	]) {
		if (!(await isPortFree(p, on))) {
			console.error(
				`[mamori] port ${p} on ${on} (for the ${what}) is already in use. Stop the program that uses it, or choose another port, e.g. ${variable}=${p + 1} npm start`
			);
			process.exit(1);
		}
	}
	buildIfNeeded();

	const credentials = setupCredentials();
	await upsertSuperuser(dataDir, credentials.email, credentials.password);
	say(`starting PocketBase on http://${POCKETBASE_HOST}:${pbPort} (loopback only) with data in ${dataDir}`);
	const key = ensureReportKey(dataDir);
	const origin = process.env.ORIGIN || `http://${host}:${port}`;
	const evidence = evidenceLimits();
	const pb = await startPocketBase({
		dataDir,
		port: pbPort,
		// MAMORI_APP_URL: where invitation links mailed by PocketBase point (pb_hooks/lib/invitations.js)
		env: { MAMORI_REPORT_KEY: key, MAMORI_APP_URL: origin, MAMORI_EVIDENCE_MAX_MB: evidence.mb },
		onOutput: (text) => process.env.MAMORI_VERBOSE && process.stdout.write(text),
		onSpawn: (child) => (running.pocketbaseChild = child)
	});
	running.pocketbase = pb;

	if (!noDemo) {
		const demo = await ensureDemo(pb.url, credentials, demoSteps());
		if (demo.created) {
			say('created the demo organisation. Log in with any of these accounts (shown once; also in the README):');
			for (const account of DEMO_ACCOUNTS) say(`  ${account.role.padEnd(9)} ${account.email}  password: ${DEMO_PASSWORD}`);
		}
	}

	const web = spawn(process.execPath, [join(ROOT, 'build', 'index.js')], {
		cwd: ROOT,
		stdio: 'inherit',
		env: {
			...process.env,
			PORT: String(port),
			HOST: host,
			ORIGIN: origin,
			PB_URL: pb.url,
			MAMORI_REPORT_KEY: key,
			// server-side sessions (src/lib/server/session-store.ts) survive a restart of the web server
			MAMORI_SESSION_FILE: process.env.MAMORI_SESSION_FILE || join(dataDir, '.mamori-web-sessions.json'),
			MAMORI_EVIDENCE_MAX_MB: evidence.mb,
			BODY_SIZE_LIMIT: evidence.bodyLimit
		}
	});
	running.web = web;

	web.on('exit', (code, signal) => {
		if (!stopping) {
			console.error(`[mamori] the web server stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping PocketBase.`);
			void stop(1);
		}
	});
	pb.process.on('exit', (code, signal) => {
		if (!stopping) {
			console.error(
				`[mamori] PocketBase stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the web server.\n${pb.log().slice(-2000)}`
			);
			void stop(1);
		}
	});
	say(`mamori is running at http://${host}:${port}  (Ctrl-C stops it)`);
}

/** Demo content of the features written in TypeScript, run once after the demo organisation is created. */
function demoSteps() {
	const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
	return [
		demoInvitation,
		({ url, orgId }) =>
			new Promise((done, fail) => {
				const child = spawn(tsx, [join(ROOT, 'scripts', 'demo-selfcheck.ts'), url, orgId], { cwd: ROOT, stdio: 'inherit' });
				child.on('exit', (code) => (code === 0 ? done(undefined) : fail(new Error('the demo self-check could not be created'))));
			}),
		({ url, orgId }) =>
			new Promise((done, fail) => {
				const child = spawn(tsx, [join(ROOT, 'scripts', 'demo-profile.ts'), url, orgId], { cwd: ROOT, stdio: 'inherit' });
				child.on('exit', (code) => (code === 0 ? done(undefined) : fail(new Error('the demo dependencies could not be created'))));
			}),
		({ url, orgId }) =>
			new Promise((done, fail) => {
				const child = spawn(tsx, [join(ROOT, 'scripts', 'demo-plans.ts'), url, orgId], { cwd: ROOT, stdio: 'inherit' });
				child.on('exit', (code) => (code === 0 ? done(undefined) : fail(new Error('the demo plans could not be created'))));
			}),
		({ url, orgId, superuser }) =>
			new Promise((done, fail) => {
				// the setup superuser's token goes through the environment, never the command line
				const env = { ...process.env, MAMORI_SETUP_TOKEN: superuser.authStore.token };
				const child = spawn(tsx, [join(ROOT, 'scripts', 'demo-risks.ts'), url, orgId], { cwd: ROOT, stdio: 'inherit', env });
				child.on('exit', (code) => (code === 0 ? done(undefined) : fail(new Error('the demo risk register could not be created'))));
			}),
		({ url, orgId }) =>
			new Promise((done, fail) => {
				const child = spawn(tsx, [join(ROOT, 'scripts', 'demo-evidence.ts'), url, orgId], { cwd: ROOT, stdio: 'inherit' });
				child.on('exit', (code) => (code === 0 ? done(undefined) : fail(new Error('the demo evidence could not be created'))));
			})
	];
}

main().catch((error) => {
	console.error(`[mamori] could not start: ${error instanceof Error ? error.message : String(error)}`);
	// stops PocketBase too if it had started (a failed demo set-up must not leave it running)
	void stop(1);
});
