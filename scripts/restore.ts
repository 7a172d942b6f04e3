/**
 * `npm run restore -- FILE --data-dir DIR` — restores a backup made by
 * `npm run backup` (or one of PocketBase's scheduled backups) into a new,
 * empty data directory; then start mamori on it:
 *   MAMORI_DATA_DIR=DIR npm start     (or: npm start -- --data-dir DIR)
 * It never writes into a directory that holds anything (the data of a
 * running or stopped server stays as it is): stop the server, restore into a
 * new directory, start on it, and keep the old one until you are sure.
 * Every entry is checked before anything is written (no absolute paths, no
 * `..`, a data.db inside).
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const say = (text: string) => console.log(`[restore] ${text}`);
function fail(text: string): never {
	console.error(`[restore] ${text}`);
	process.exit(1);
}

const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const target = option('data-dir');
if (!file || !target) fail('usage: npm run restore -- <backup.zip> --data-dir <new, empty directory>');
const zipPath = resolve(file);
const dataDir = resolve(target);
if (!existsSync(zipPath)) fail(`${zipPath} does not exist`);
if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
	fail(`${dataDir} is not empty; restore into a new directory (the data there stays untouched)`);

const open = (): Promise<yauzl.ZipFile> =>
	new Promise((done, failed) =>
		yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? failed(error) : done(zip)))
	);

function entries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
	return new Promise((done, failed) => {
		const all: yauzl.Entry[] = [];
		zip.on('entry', (entry: yauzl.Entry) => {
			all.push(entry);
			zip.readEntry();
		});
		zip.on('end', () => done(all));
		zip.on('error', failed);
		zip.readEntry();
	});
}

function safePath(name: string): string {
	const path = normalize(name);
	if (isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`))
		fail(`the backup holds an entry outside its folder (${name}); it was not restored`);
	return join(staging, path);
}

let zip: yauzl.ZipFile;
try {
	zip = await open();
} catch (error) {
	fail(`${zipPath} is not a readable ZIP backup (${error instanceof Error ? error.message : String(error)})`);
}
const list = await entries(zip);
if (!list.some((e) => normalize(e.fileName) === 'data.db')) fail(`${zipPath} holds no data.db: it is not a mamori (PocketBase) backup`);

// write into a staging folder beside the target, then move it in place: a half-restored directory is never left behind
const staging = `${dataDir}.restoring-${process.pid}`;
mkdirSync(staging, { recursive: true });
try {
	for (const entry of list) {
		const path = safePath(entry.fileName);
		if (entry.fileName.endsWith('/')) {
			mkdirSync(path, { recursive: true });
			continue;
		}
		mkdirSync(dirname(path), { recursive: true });
		const stream = await new Promise<NodeJS.ReadableStream>((done, failed) =>
			zip.openReadStream(entry, (error, s) => (error ? failed(error) : done(s)))
		);
		await pipeline(stream, createWriteStream(path, { mode: 0o600 }));
	}
	zip.close();
	if (existsSync(dataDir)) rmSync(dataDir, { recursive: true });
	renameSync(staging, dataDir);
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	fail(`the backup could not be restored: ${error instanceof Error ? error.message : String(error)} (nothing was written to ${dataDir})`);
}
say(`restored ${list.length} entries into ${dataDir}. Start mamori on it: MAMORI_DATA_DIR=${dataDir} npm start`);
