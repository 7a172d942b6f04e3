/**
 * "Now" for the web server's date rules (what is expiring, overdue, due for
 * review). Normally the system clock. When MAMORI_TEST_CLOCK=1, tests move
 * PocketBase's clock (pb_hooks/lib/clock.js) and the web server asks
 * PocketBase for it, so both sides agree on the same instant.
 */
import { pocketbaseUrl } from './pocketbase';

export async function now(): Promise<Date> {
	// process.env, not $env: the report CLI (tsx, no SvelteKit) runs this code too
	if (process.env.MAMORI_TEST_CLOCK !== '1') return new Date();
	const response = await fetch(`${pocketbaseUrl()}/api/mamori/clock`);
	if (!response.ok) throw new Error(`PocketBase clock answered ${response.status}`);
	const body = (await response.json()) as { now?: unknown };
	const parsed = new Date(String(body.now));
	if (Number.isNaN(parsed.getTime())) throw new Error('PocketBase clock answered an invalid instant');
	return parsed;
}
