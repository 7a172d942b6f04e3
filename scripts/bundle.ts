/**
 * Backup bundles from the command line.
 *
 *   npm run bundle -- export --org <id> [--out bundle.json]     (or --demo for the demo organisation)
 *   npm run bundle -- import <bundle.json>
 *
 * export acts as an admin of the organisation (MAMORI_EMAIL / MAMORI_PASSWORD,
 * --demo: the demo admin) or, with --superuser, as the data directory's setup
 * superuser. import always acts as that superuser. Both talk to the PocketBase
 * of a running `npm start` (PB_URL, default http://127.0.0.1:8090), or start
 * one on the data directory (MAMORI_DATA_DIR, default ./pb_data) — a new,
 * empty data directory is set up first, so a fresh installation can be
 * restored straight away. The installation's key (MAMORI_REPORT_KEY, or the
 * data directory's .mamori-report-key) must be the one of the installation
 * that made the bundle: restore checks the bundle's signature with it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import PocketBase from 'pocketbase';
import { exportBundle, restoreBundle } from '../src/lib/server/exports/bundle-client';
import { DEMO_ORG_NAME, DEMO_PASSWORD } from './lib/demo.js';
import { freePort, ROOT, startPocketBase, upsertSuperuser, type RunningPocketBase } from './lib/pocketbase-server.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string): string | undefined => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(process.env.MAMORI_DATA_DIR ?? join(ROOT, 'pb_data'));

/** A reason to stop, printed without a stack trace; the exit code says what kind. */
class Stop extends Error {
	constructor(
		message: string,
		readonly code: number
	) {
		super(message);
	}
}

function fail(message: string, code = 2): never {
	throw new Stop(message, code);
}

/** The data directory's setup superuser (made on first use, as `npm start` does). */
function setupCredentials(): { email: string; password: string } {
	const file = join(dataDir, '.mamori-setup.json');
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string };
	mkdirSync(dataDir, { recursive: true });
	const credentials = { email: 'setup@mamori.local', password: randomBytes(24).toString('base64url') };
	writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
	return credentials;
}

/** The installation key: MAMORI_REPORT_KEY wins and is kept in a new data directory, else the data directory's. */
function installationKey(): string {
	const file = join(dataDir, '.mamori-report-key');
	const key = process.env.MAMORI_REPORT_KEY?.trim() || (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
	if (!key) fail(`no installation key: set MAMORI_REPORT_KEY to the key of the installation that made the bundle (looked in ${file})`);
	if (!existsSync(file)) {
		mkdirSync(dataDir, { recursive: true });
		writeFileSync(file, key, { mode: 0o600 });
	}
	return key;
}

async function connect(): Promise<{ url: string; server: RunningPocketBase | null }> {
	const url = process.env.PB_URL ?? 'http://127.0.0.1:8090';
	try {
		if ((await fetch(`${url}/api/health`)).ok) return { url, server: null };
	} catch {
		// nobody listens: start our own on the data directory
	}
	const credentials = setupCredentials();
	await upsertSuperuser(dataDir, credentials.email, credentials.password);
	const server = await startPocketBase({ dataDir, port: await freePort(), env: { MAMORI_REPORT_KEY: installationKey() } });
	return { url: server.url, server };
}

async function client(url: string, superuser: boolean): Promise<PocketBase> {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	const { email, password } = superuser
		? setupCredentials()
		: {
				email: flag('demo') ? 'admin@demo.example' : (option('email') ?? process.env.MAMORI_EMAIL),
				password: flag('demo') ? DEMO_PASSWORD : (option('password') ?? process.env.MAMORI_PASSWORD)
			};
	if (!email || !password)
		fail('log in as an admin of the organisation: set MAMORI_EMAIL and MAMORI_PASSWORD (or use --demo or --superuser)');
	try {
		await pb.collection(superuser ? '_superusers' : 'users').authWithPassword(email, password);
	} catch {
		fail(`could not log in as ${email}${superuser ? ` (the setup superuser of ${dataDir})` : ''}`);
	}
	return pb;
}

async function exportCommand(url: string): Promise<void> {
	const pb = await client(url, flag('superuser'));
	let org = option('org');
	if (flag('demo')) {
		const found = await pb.collection('organisations').getList(1, 1, { filter: pb.filter('name = {:n}', { n: DEMO_ORG_NAME }) });
		org = found.items[0]?.id ?? fail('the demo organisation does not exist');
	}
	if (!org) fail('say which organisation: --org <id> (or --demo)');
	const bundle = await exportBundle(pb, org);
	const out = resolve(option('out') ?? `mamori-bundle-${org}-${bundle.created.slice(0, 10)}.json`);
	writeFileSync(out, `${JSON.stringify(bundle, null, 1)}\n`);
	const records = bundle.collections.reduce((n, c) => n + c.records.length, 0);
	console.log(`wrote ${out}: ${records} records in ${bundle.collections.length} collections, ${bundle.files.length} files`);
}

async function importCommand(url: string): Promise<void> {
	const file = args[1] && !args[1].startsWith('--') ? resolve(args[1]) : fail('say which bundle: npm run bundle -- import <bundle.json>');
	if (!existsSync(file)) fail(`${file} does not exist`);
	const pb = await client(url, true);
	const result = await restoreBundle(pb, readFileSync(file, 'utf8'));
	if (!result.ok) {
		const lines = result.problems.map((p) => `${file}: ${p.where}: ${p.message}`);
		fail(`${file} was refused (HTTP ${result.status}); nothing was restored:\n${lines.join('\n')}`, 1);
	}
	const total = Object.values(result.restored).reduce((n, c) => n + c, 0);
	console.log(`restored organisation ${result.organisation}: ${total} records, ${result.files} files`);
	for (const [name, count] of Object.entries(result.restored)) if (count) console.log(`  ${name.padEnd(20)} ${count}`);
	if (result.createdAccounts.length) {
		console.log('accounts created without their old passwords; give each person this one-time password (shown once):');
		for (const a of result.createdAccounts) console.log(`  ${a.email}  ${a.password}`);
	}
}

async function main(): Promise<void> {
	const command = args[0];
	if (command !== 'export' && command !== 'import') fail('usage: npm run bundle -- export --org <id> [--out file] | import <file>');
	const { url, server } = await connect();
	try {
		await (command === 'export' ? exportCommand(url) : importCommand(url));
	} finally {
		await server?.stop();
	}
}

main().catch((error: unknown) => {
	console.error(`bundle: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = error instanceof Stop ? error.code : 1;
});
