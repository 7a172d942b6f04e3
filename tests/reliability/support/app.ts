// The reliability suite runs the real thing: `npm start` (scripts/start.js:
// the built web app and PocketBase) on a data directory of its own, which a
// test may crash (kill -9 of either process), restart on the same directory,
// back up and restore. Nothing here is mocked.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { startApp, type RunningApp } from '../../security/support/servers';

export interface Mamori extends RunningApp {
	superuser(): Promise<PocketBase>;
	/** The PID of PocketBase or of the web server (children of scripts/start.js). */
	pid(which: 'pocketbase' | 'web'): number;
	/** kill -9 of one of the two; resolves once scripts/start.js has noticed and exited. */
	crash(which: 'pocketbase' | 'web'): Promise<void>;
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `mamori-rel-${prefix}-`));

export async function startMamori(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<Mamori> {
	const app = await startApp({ dataDir: options.dataDir ?? tempDir('data'), env: options.env });
	const credentials = JSON.parse(readFileSync(join(app.dataDir, '.mamori-setup.json'), 'utf8')) as { email: string; password: string };
	const pid = (which: 'pocketbase' | 'web') => {
		const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(app.process.pid)], { encoding: 'utf8' })
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
		const match = children.find((line) => (which === 'pocketbase' ? / serve --http /.test(line) : /build\/index\.js/.test(line)));
		if (!match) throw new Error(`no ${which} process under scripts/start.js (${app.process.pid}):\n${children.join('\n')}`);
		return Number(match.split(/\s+/)[0]);
	};
	return {
		...app,
		pid,
		async superuser() {
			const pb = new PocketBase(app.pbUrl);
			pb.autoCancellation(false);
			await pb.collection('_superusers').authWithPassword(credentials.email, credentials.password);
			return pb;
		},
		crash(which) {
			return new Promise((done) => {
				if (app.process.exitCode !== null) return done();
				app.process.once('exit', () => done());
				process.kill(pid(which), 'SIGKILL');
			});
		}
	};
}

/**
 * SQLite's own check of a database file, on a copy (with its -wal file, as
 * a crash leaves it) so that the data directory itself is not touched before
 * PocketBase opens it again. Needs the sqlite3 command-line tool (Debian:
 * `apt-get install sqlite3`).
 */
export function integrityCheck(dataDir: string, file = 'data.db'): string {
	const copy = mkdtempSync(join(tmpdir(), 'mamori-rel-sqlite-'));
	try {
		for (const suffix of ['', '-wal']) {
			if (existsSync(join(dataDir, file + suffix))) copyFileSync(join(dataDir, file + suffix), join(copy, file + suffix));
		}
		return execFileSync('sqlite3', [join(copy, file), 'PRAGMA integrity_check;'], { encoding: 'utf8' }).trim();
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

/** Lines of a server log that report an unexpected error (errors.ts#logUnexpected, PocketBase's panics). */
export function unexpectedErrors(log: string): string[] {
	return log
		.split('\n')
		.filter((line) => /\[error [^\]]+\]|\[reports\] export failed|unhandled|uncaught|panic:|TypeError|ReferenceError|ERR_/i.test(line));
}
