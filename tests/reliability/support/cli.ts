// Runs one of the project's npm scripts (through tsx, as npm would) and
// returns its exit code and output.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/pocketbase-server.js';

export function runScript(
	script: string,
	args: string[],
	env: Record<string, string> = {}
): Promise<{ code: number | null; output: string }> {
	return new Promise((done) => {
		const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', script), ...args], {
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('exit', (code) => done({ code, output }));
	});
}
