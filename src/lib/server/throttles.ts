import { FailureThrottle } from '$lib/domain/security/throttle';

const MINUTES = 60_000;

/**
 * The web server's throttles (in memory, per process): failed logins per
 * account and per client address, and unusable invitation links per client
 * address. PocketBase, reachable only from this server, has its own auth
 * rate limit as a backstop (scripts/start.js).
 */
export const loginPerAccount = new FailureThrottle({ limit: 5, windowMs: 15 * MINUTES });
export const loginPerAddress = new FailureThrottle({ limit: 20, windowMs: 15 * MINUTES });
export const invitationPerAddress = new FailureThrottle({ limit: 10, windowMs: 15 * MINUTES });

/**
 * The client address adapter-node reports (behind a reverse proxy, set
 * ADDRESS_HEADER / XFF_DEPTH, or every client counts as the proxy), or
 * 'unknown' when it cannot tell (the header is missing).
 */
export function clientAddress(getClientAddress: () => string): string {
	try {
		return getClientAddress();
	} catch {
		return 'unknown';
	}
}
