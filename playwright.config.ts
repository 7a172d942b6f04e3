import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium against the real app: `npm start`
// with a fresh temporary PocketBase data directory and the demo organisation.
// Ports default to a pair derived from the checkout's path, so that two
// checkouts on one machine can run their end-to-end tests at the same time.
const slot = [...process.cwd()].reduce((hash, ch) => (hash * 31 + ch.charCodeAt(0)) % 4000, 7);
const port = Number(process.env.E2E_PORT ?? 20000 + slot);
const pbPort = Number(process.env.E2E_PB_PORT ?? 24000 + slot);

/** The ephemeral test server's setup superuser password (only honoured with --ephemeral and MAMORI_TEST_CLOCK=1). */
export const E2E_SETUP_PASSWORD = 'e2e-setup-superuser-password';
process.env.E2E_PB_URL = `http://127.0.0.1:${pbPort}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'ja-JP',
		timezoneId: 'Asia/Tokyo',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `node scripts/start.js --ephemeral --port ${port} --pb-port ${pbPort}`,
		// the e2e tests may move PocketBase's clock (pb_hooks/lib/clock.js) to watch dates pass
		// MAMORI_E2E_SETUP_PASSWORD lets tests sign in as the setup superuser to move the clock (tests/e2e/clock.ts)
		env: { MAMORI_TEST_CLOCK: '1', MAMORI_E2E_SETUP_PASSWORD: E2E_SETUP_PASSWORD },
		url: `http://127.0.0.1:${port}/login`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
