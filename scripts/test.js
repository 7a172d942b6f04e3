#!/usr/bin/env node
// `npm test`: every check, in order, each against the real thing —
//   0. lockfile (npm ci --dry-run with an empty cache, as a fresh machine),
//      format (Prettier) and lint (ESLint)
//   1. type check (svelte-check: zero errors and zero warnings)
//   2. checklist library lint (npm run checklists:check)
//   3. unit tests (vitest, src/**)
//   4. integration tests against a real PocketBase on a temporary directory
//   5. production build
//   6. security tests: attacks on the real servers (`npm start` on a temporary directory)
//   7. end-to-end tests in Debian's Chromium (Playwright) against `npm start`
// Stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/pocketbase-server.js';

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const STEPS = [
	['lockfile', process.execPath, ['scripts/check-lockfile.js']],
	['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
	['lint', bin('eslint'), ['--max-warnings', '0', '.']],
	['type check', bin('svelte-kit'), ['sync']],
	['type check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']],
	['checklist lint', bin('tsx'), ['scripts/checklists-check.ts']],
	['unit tests', bin('vitest'), ['run', '--project', 'unit']],
	['integration tests', bin('vitest'), ['run', '--project', 'integration']],
	['build', bin('vite'), ['build', '--logLevel', 'warn']],
	['security tests', bin('vitest'), ['run', '--project', 'security']],
	['end-to-end tests', bin('playwright'), ['test']]
];

const only = process.argv.slice(2);
let passed = 0;
for (const [name, command, args] of STEPS) {
	if (only.length && !only.some((o) => name.startsWith(o))) continue;
	console.log(`\n=== ${name}: ${[command.replace(ROOT + '/', ''), ...args].join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`\n=== ${name} FAILED after ${seconds} s`);
		console.log(`steps: ${passed} passed, 1 failed`);
		process.exit(1);
	}
	console.log(`=== ${name} passed in ${seconds} s`);
	passed++;
}
console.log(`\nsteps: ${passed} passed, 0 failed`);
