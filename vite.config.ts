import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					environment: 'node',
					// a generous limit: a shared 2-core machine under load can be 5–10× slower than idle
					testTimeout: 30_000
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/integration/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					// attacks on the real servers (npm start on a temporary directory); run after the build
					name: 'security',
					include: ['tests/security/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/security/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					// crashes, backup and restore, load, upgrade, bad input, scheduled work: `npm run test:reliability`, not part of npm test
					name: 'reliability',
					include: ['tests/reliability/**/*.test.ts'],
					environment: 'node',
					testTimeout: 600_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
