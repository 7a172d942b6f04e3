// PocketBase is never reachable by users: whatever --host says, npm start
// binds it to 127.0.0.1 only (its REST API, superuser dashboard and
// Access-Control-Allow-Origin: * are for the web server alone).
import { readFileSync, rmSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startApp } from './support/servers';

/** Local addresses listening on a TCP port, from /proc/net/tcp and tcp6. */
function listeners(port: number): string[] {
	const found: string[] = [];
	for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch {
			continue;
		}
		for (const line of text.split('\n').slice(1)) {
			const cols = line.trim().split(/\s+/);
			if (cols.length < 4 || cols[3] !== '0A') continue; // 0A = LISTEN
			const [address, portHex] = cols[1].split(':');
			if (parseInt(portHex, 16) !== port) continue;
			if (address.length === 8)
				found.push(
					address
						.match(/../g)!
						.reverse()
						.map((h) => parseInt(h, 16))
						.join('.')
				);
			else found.push(address === '0'.repeat(32) ? '::' : address);
		}
	}
	return found;
}

describe('npm start --host 0.0.0.0', () => {
	it('serves the web app on every interface but PocketBase on the loopback only', async () => {
		const app = await startApp({ args: ['--host', '0.0.0.0'] });
		try {
			const pbPort = Number(new URL(app.pbUrl).port);
			const webPort = Number(new URL(app.webUrl).port);
			expect(listeners(pbPort)).toEqual(['127.0.0.1']);
			expect(listeners(webPort)).toContain('0.0.0.0');
			const outside = Object.values(networkInterfaces())
				.flat()
				.find((i) => i && i.family === 'IPv4' && !i.internal);
			if (outside) {
				await expect(fetch(`http://${outside.address}:${pbPort}/api/health`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
				expect((await fetch(`http://${outside.address}:${webPort}/login`)).status).toBe(200);
			}
		} finally {
			await app.stop();
			rmSync(app.dataDir, { recursive: true, force: true });
		}
	});
});
