#!/usr/bin/env node
// First step of `npm test`: would a fresh machine accept the committed
// lockfile? Runs `npm ci --dry-run --ignore-scripts` on a copy of
// package.json and package-lock.json with an empty npm cache, as CI and a
// newcomer do (about 3 s). A warm cache once hid a broken lockfile.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/pocketbase-server.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-lockfile-'));
try {
	for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
		if (existsSync(join(ROOT, file))) copyFileSync(join(ROOT, file), join(dir, file));
	}
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(npm, ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--cache', join(dir, 'cache')], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, npm_config_loglevel: 'error' }
	});
	if (result.status !== 0) {
		const reason = `${result.stdout}\n${result.stderr}`
			.split('\n')
			.filter((line) => line.includes('npm error'))
			.slice(0, 5)
			.join('\n');
		console.error(
			[
				'package-lock.json would be refused by `npm ci` on a fresh machine:',
				reason || `npm exited with code ${result.status}`,
				'',
				'Regenerate it with the npm version whose lockfiles are complete (../shared/STACK.md, gotcha 1):',
				'  rm -rf node_modules package-lock.json && npx -y npm@11.14.1 install',
				'then commit package-lock.json and run `npm test` again.'
			].join('\n')
		);
		process.exit(1);
	}
	console.log('package-lock.json installs on a fresh machine (npm ci --dry-run with an empty cache)');
} finally {
	rmSync(dir, { recursive: true, force: true });
}
