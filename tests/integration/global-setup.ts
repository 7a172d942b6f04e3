// Starts one real PocketBase on a temporary directory and a free port for the
// whole integration run; every test file creates its own organisations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-server.js';

const SUPERUSER = { email: 'root@mamori.test', password: 'integration-superuser-pw' };
const REPORT_KEY = 'integration-report-key-0123456789abcdef';

export default async function setup(project: TestProject) {
	const dataDir = mkdtempSync(join(tmpdir(), 'mamori-it-'));
	await upsertSuperuser(dataDir, SUPERUSER.email, SUPERUSER.password);
	const server = await startPocketBase({ dataDir, port: await freePort(), env: { MAMORI_REPORT_KEY: REPORT_KEY, MAMORI_TEST_CLOCK: '1' } });
	project.provide('pbUrl', server.url);
	project.provide('superuserEmail', SUPERUSER.email);
	project.provide('superuserPassword', SUPERUSER.password);
	project.provide('reportKey', REPORT_KEY);
	project.provide('pbDataDir', dataDir);
	return async () => {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		superuserEmail: string;
		superuserPassword: string;
		reportKey: string;
		/** The test PocketBase's data directory (where it wrote its types.d.ts). */
		pbDataDir: string;
	}
}
