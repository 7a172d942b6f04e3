/**
 * The last resort: a promise rejection nobody handled is logged (with an
 * error id) instead of stopping the web server for everyone. Every known
 * place handles its own errors where they happen; this only catches what a
 * future change forgets, and the log line says so.
 */
import { logUnexpected } from './errors';

const INSTALLED = Symbol.for('mamori.safetyNet');

export function installSafetyNet(): void {
	const global = globalThis as { [INSTALLED]?: boolean };
	if (global[INSTALLED]) return;
	global[INSTALLED] = true;
	process.on('unhandledRejection', (reason) => {
		logUnexpected('unhandled promise rejection (caught by the safety net; handle it where it happens)', reason);
	});
}
