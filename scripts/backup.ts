/**
 * `npm run backup` — a backup of a running mamori, made by PocketBase itself
 * (its backup API: one consistent ZIP of the data directory — database,
 * uploaded files, the report key — taken while it keeps serving), downloaded
 * to a file and removed from the server's own disk.
 *
 *   npm run backup [-- --out FILE]             default backups/mamori-<UTC time>.zip
 *   npm run backup -- --schedule "0 3 * * *" --keep 7   PocketBase makes one on that cron schedule (UTC)
 *                                               and keeps the newest N in <data dir>/backups
 *   npm run backup -- --schedule off           no scheduled backups
 *
 * Environment: MAMORI_DATA_DIR (default ./pb_data: where `npm start` keeps the
 * setup superuser's credentials), PB_URL (default http://127.0.0.1:8090).
 * Restore with `npm run restore` (scripts/restore.ts). A backup holds the
 * report key and every record: keep it as safe as the server.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ROOT } from './lib/pocketbase-server.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const say = (text: string) => console.log(`[backup] ${text}`);
function fail(text: string): never {
	console.error(`[backup] ${text}`);
	process.exit(1);
}

const dataDir = resolve(option('data-dir') ?? process.env.MAMORI_DATA_DIR ?? join(ROOT, 'pb_data'));
const pbUrl = (process.env.PB_URL ?? `http://127.0.0.1:${process.env.PB_PORT ?? '8090'}`).replace(/\/$/, '');

async function call(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	if (init.token) headers.set('authorization', init.token);
	if (init.body) headers.set('content-type', 'application/json');
	let res: Response;
	try {
		res = await fetch(`${pbUrl}${path}`, { ...init, headers });
	} catch {
		fail(
			`no PocketBase answers at ${pbUrl}. A backup is made by the running server: start it (npm start), or set PB_URL. (A stopped server's data directory can simply be copied.)`
		);
	}
	if (!res.ok) {
		const body = (await res.text()).slice(0, 300);
		fail(`PocketBase refused ${init.method ?? 'GET'} ${path} with ${res.status}: ${body}`);
	}
	return res;
}

async function superuserToken(): Promise<string> {
	const file = join(dataDir, '.mamori-setup.json');
	if (!existsSync(file)) fail(`${file} is missing: is ${dataDir} the data directory of this server? (set MAMORI_DATA_DIR or --data-dir)`);
	const { email, password } = JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string };
	const res = await call('/api/collections/_superusers/auth-with-password', {
		method: 'POST',
		body: JSON.stringify({ identity: email, password })
	});
	return ((await res.json()) as { token: string }).token;
}

async function schedule(token: string, cron: string) {
	const off = cron === 'off';
	const keep = Number(option('keep') ?? '7');
	if (!off && !(Number.isInteger(keep) && keep >= 1)) fail(`--keep must be a whole number of backups (1 or more), not "${option('keep')}"`);
	const backups = off ? { cron: '', cronMaxKeep: 0 } : { cron, cronMaxKeep: keep };
	await call('/api/settings', { method: 'PATCH', token, body: JSON.stringify({ backups }) });
	say(
		off
			? 'scheduled backups are off'
			: `PocketBase makes a backup on "${cron}" (UTC) and keeps the newest ${keep} in ${join(dataDir, 'backups')}`
	);
}

async function backup(token: string) {
	const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
	const name = `mamori-${stamp.toLowerCase()}.zip`;
	const out = resolve(option('out') ?? join('backups', name));
	if (existsSync(out)) fail(`${out} already exists; choose another --out`);
	say(`asking PocketBase at ${pbUrl} for a backup (it keeps serving meanwhile)…`);
	await call('/api/backups', { method: 'POST', token, body: JSON.stringify({ name }) });
	const fileToken = ((await (await call('/api/files/token', { method: 'POST', token })).json()) as { token: string }).token;
	const download = await call(`/api/backups/${encodeURIComponent(name)}?token=${encodeURIComponent(fileToken)}`, { token });
	mkdirSync(dirname(out), { recursive: true });
	const partial = `${out}.part`;
	await pipeline(Readable.fromWeb(download.body as import('node:stream/web').ReadableStream), createWriteStream(partial, { mode: 0o600 }));
	renameSync(partial, out);
	// the server's copy would fill the same disk as the data
	await call(`/api/backups/${encodeURIComponent(name)}`, { method: 'DELETE', token });
	say(
		`wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB). Restore it with: npm run restore -- ${out} --data-dir <new directory>`
	);
}

const token = await superuserToken();
const cron = option('schedule');
if (cron !== undefined) await schedule(token, cron);
else await backup(token);
