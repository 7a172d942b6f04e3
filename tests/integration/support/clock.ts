// Moves PocketBase's clock (pb_hooks/lib/clock.js) for tests of date rules:
// expiry, overdue, review dates. The integration server runs with
// MAMORI_TEST_CLOCK=1; `setClock(null)` returns to the system clock.
import { superuserClient } from './world';

export async function setClock(instant: string | Date | null): Promise<string> {
	const superuser = await superuserClient();
	const body = { now: instant === null ? null : new Date(instant).toISOString() };
	const answer = await superuser.send<{ now: string }>('/api/mamori/test/clock', { method: 'POST', body });
	return answer.now;
}

export async function pocketbaseNow(): Promise<string> {
	const superuser = await superuserClient();
	return (await superuser.send<{ now: string }>('/api/mamori/clock', { method: 'GET' })).now;
}
