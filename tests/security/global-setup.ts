// The security suite attacks the real servers: `npm start` (scripts/start.js,
// built app + PocketBase) on a temporary data directory and free ports, with
// no demo. The superuser (for seeding only) and the report key are read from
// the data directory, where start.js keeps them. The web server trusts
// X-Forwarded-For (ADDRESS_HEADER, as behind a reverse proxy) so that tests
// can act as different client addresses.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApp } from './support/servers';

export default async function setup(project: TestProject) {
	const app = await startApp();
	const superuser = JSON.parse(readFileSync(join(app.dataDir, '.mamori-setup.json'), 'utf8')) as { email: string; password: string };
	project.provide('pbUrl', app.pbUrl);
	project.provide('webUrl', app.webUrl);
	project.provide('dataDir', app.dataDir);
	project.provide('superuserEmail', superuser.email);
	project.provide('superuserPassword', superuser.password);
	project.provide('reportKey', readFileSync(join(app.dataDir, '.mamori-report-key'), 'utf8').trim());
	return async () => {
		await app.stop();
		rmSync(app.dataDir, { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		webUrl: string;
		dataDir: string;
	}
}
