import { LoginThrottle } from '$lib/domain/security/login-throttle';
import { FailureThrottle } from '$lib/domain/security/throttle';

const MINUTES = 60_000;

/**
 * The web server's throttles, in memory: the web server is one process
 * (README, "Security settings in production"), so one copy counts every
 * attempt. Failed logins (see LoginThrottle: per account and address, per
 * address, an account-wide ceiling) and unusable invitation links per client
 * address. PocketBase, reachable only from this server, has its own auth rate
 * limit as a backstop (scripts/start.js).
 */
export const logins = new LoginThrottle();
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
