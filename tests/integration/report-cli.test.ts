// The report CLI with no server running (`npm start` stopped): it reads the
// report key from the data directory BEFORE it starts its own PocketBase, so
// `--demo` produces and registers a report without a stack trace, and
// `verify` calls that authentic report AUTHENTIC — never INVALID for want of
// the key. On a pipe (not a terminal) it prints a few lines, not one
// endless progress line.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemo } from '../../scripts/lib/demo.js';
import { freePort, ROOT, startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-server.js';
import { ensureReportKey } from '../../scripts/lib/report-key.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SUPERUSER = { email: 'setup@mamori.local', password: 'cli-test-superuser-pw' };

let dataDir: string;
let pdf: string;

/** Runs the CLI as a person would with `npm start` stopped: PB_URL points at a port nobody listens on. */
async function cli(...args: string[]) {
	const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA_DIR: dataDir, PB_URL: `http://127.0.0.1:${await freePort()}` };
	delete env.MAMORI_REPORT_KEY;
	return spawnSync(TSX, [join(ROOT, 'scripts', 'report.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
}

describe('npm run report with no server running', () => {
	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'mamori-cli-'));
		pdf = join(dataDir, 'demo.pdf');
		// What `npm start` leaves in its data directory: the key file, the setup superuser, the demo.
		const key = ensureReportKey(dataDir, {});
		await upsertSuperuser(dataDir, SUPERUSER.email, SUPERUSER.password);
		const server = await startPocketBase({ dataDir, port: await freePort(), env: { MAMORI_REPORT_KEY: key } });
		try {
			await ensureDemo(server.url, SUPERUSER, [
				({ url, orgId }: { url: string; orgId: string }) =>
					new Promise<void>((done, fail) => {
						const child = spawn(TSX, [join(ROOT, 'scripts', 'demo-selfcheck.ts'), url, orgId], { cwd: ROOT, stdio: 'ignore' });
						child.on('exit', (code) => (code === 0 ? done() : fail(new Error('demo self-check failed'))));
					})
			]);
		} finally {
			await server.stop();
		}
	}, 180_000);

	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('--demo loads the key from the data directory, starts its own PocketBase and writes the report', async () => {
		const run = await cli('--demo', '--out', pdf);
		expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/^MR-\d{4}-[A-Z2-7]{8}: \d+ pages written to /);
		expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
		// not a terminal: a few lines, one per phase
		const lines = run.stderr.trim().split('\n');
		expect(lines.length).toBeLessThanOrEqual(8);
		expect(run.stderr).not.toContain('\r');
	}, 180_000);

	it('verify calls the authentic report AUTHENTIC', async () => {
		const run = await cli('verify', pdf);
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(run.stdout).toMatch(/^AUTHENTIC: MR-/m);
		expect(run.stdout).not.toContain('INVALID');
		expect(run.status).toBe(0);
	}, 180_000);

	it('verify without any report key says the signature was not checked — not INVALID', async () => {
		const keyFile = join(dataDir, '.mamori-report-key');
		const key = readFileSync(keyFile, 'utf8');
		rmSync(keyFile);
		try {
			const run = await cli('verify', pdf);
			expect(run.stdout).toMatch(/^REGISTERED, SIGNATURE NOT CHECKED/m);
			expect(run.stdout).not.toContain('INVALID');
			expect(run.status).toBe(3);
			const generate = await cli('--demo', '--out', join(dataDir, 'x.pdf'));
			expect(generate.status).toBe(2);
			expect(generate.stderr.trim()).toMatch(/^report: no report key: set MAMORI_REPORT_KEY/);
		} finally {
			const { writeFileSync } = await import('node:fs');
			writeFileSync(keyFile, key, { mode: 0o600 });
		}
	}, 180_000);
});
