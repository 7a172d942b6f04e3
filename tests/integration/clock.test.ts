// The controllable clock that date rules (expiry, review dates) are tested with.
import { afterEach, describe, expect, it } from 'vitest';
import { pocketbaseNow, setClock } from './support/clock';
import { createWorld, statusOf } from './support/world';

afterEach(async () => {
	await setClock(null);
});

describe('test clock', () => {
	it('follows the system clock until a superuser moves it, and goes back on null', async () => {
		const before = Date.parse(await pocketbaseNow());
		expect(Math.abs(before - Date.now())).toBeLessThan(60_000);
		expect(await setClock('2027-05-01T00:00:00Z')).toBe('2027-05-01T00:00:00.000Z');
		expect(await pocketbaseNow()).toBe('2027-05-01T00:00:00.000Z');
		await setClock(null);
		expect(Math.abs(Date.parse(await pocketbaseNow()) - Date.now())).toBeLessThan(60_000);
	});

	it('cannot be moved by a member or an anonymous client, and refuses a malformed instant', async () => {
		const world = await createWorld();
		const post = (actor: 'admin' | 'anonymous') => () =>
			world.client(actor).send('/api/mamori/test/clock', { method: 'POST', body: { now: '2030-01-01T00:00:00Z' } });
		expect(await statusOf(post('admin'))).toBe(403);
		expect(await statusOf(post('anonymous'))).toBe(401);
		expect(await statusOf(() => world.superuser.send('/api/mamori/test/clock', { method: 'POST', body: { now: 'soon' } }))).toBe(400);
		expect(Math.abs(Date.parse(await pocketbaseNow()) - Date.now())).toBeLessThan(60_000);
	});
});
