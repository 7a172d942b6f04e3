import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium against the real app: `npm start`
// with a fresh temporary PocketBase data directory and the demo organisation.
const port = Number(process.env.E2E_PORT ?? 3217);
const pbPort = Number(process.env.E2E_PB_PORT ?? 8297);

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
		url: `http://127.0.0.1:${port}/login`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
