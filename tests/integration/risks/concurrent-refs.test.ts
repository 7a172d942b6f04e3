// Risks created at the same moment in one organisation all get a reference
// (R-001…) of their own. Runs its own PocketBase as production does (no test
// clock), on a temporary data directory, because the race showed there: the
// bench seeding got 400 "Value must be unique" on `ref` when creating in parallel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startPocketBase, upsertSuperuser } from '../../../scripts/lib/pocketbase-server.js';

const SUPERUSER = { email: 'setup@mamori.local', password: 'refs-test-superuser-pw' };
const PASSWORD = 'refs-test-security-pw';

describe('risk references under concurrent creates', () => {
	let dataDir: string;
	let server: Awaited<ReturnType<typeof startPocketBase>>;
	let security: PocketBase;
	let org: string;

	beforeAll(async () => {
		dataDir = mkdtempSync(join(tmpdir(), 'mamori-refs-'));
		await upsertSuperuser(dataDir, SUPERUSER.email, SUPERUSER.password);
		server = await startPocketBase({
			dataDir,
			port: await freePort(),
			env: { MAMORI_REPORT_KEY: 'refs-test-report-key-0123456789abcdef' }
		});
		const su = new PocketBase(server.url);
		su.autoCancellation(false);
		await su.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
		const user = await su.collection('users').create({
			email: 'security@refs.mamori.test',
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: '守谷',
			verified: true
		});
		org = (
			await su.collection('organisations').create({
				name: '同時登録テスト',
				sector: 'electricity',
				operator_class: 'leading',
				fy_start_month: 4,
				admins: [user.id],
				security_team: [user.id]
			})
		).id;
		security = new PocketBase(server.url);
		security.autoCancellation(false);
		await security.collection('users').authWithPassword('security@refs.mamori.test', PASSWORD);
	}, 120_000);

	afterAll(async () => {
		await server?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	it('ten risks created at once all succeed with distinct references, three times over', async () => {
		const all: string[] = [];
		for (let round = 0; round < 3; round++) {
			const made = await Promise.allSettled(
				Array.from({ length: 10 }, (_, k) =>
					security.collection('risks').create({
						organisation: org,
						title: `同時登録 ${round}-${k}`,
						category: 'spillover',
						owner: '系統運用部長',
						status: 'open'
					})
				)
			);
			const failed = made.flatMap((r) => (r.status === 'rejected' ? [JSON.stringify((r.reason as { response?: unknown }).response)] : []));
			expect(failed).toEqual([]);
			all.push(...made.flatMap((r) => (r.status === 'fulfilled' ? [String(r.value.ref)] : [])));
		}
		expect(new Set(all).size).toBe(30);
		expect([...all].sort()).toEqual(Array.from({ length: 30 }, (_, k) => `R-${String(k + 1).padStart(3, '0')}`));
	});
});
