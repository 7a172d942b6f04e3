import { describe, expect, it } from 'vitest';
import { FailureThrottle, waitMinutes } from './throttle';

const MIN = 60_000;

describe('FailureThrottle', () => {
	it('lets a key fail up to the limit, then makes it wait until the oldest counted failure leaves the window', () => {
		const t = new FailureThrottle({ limit: 3, windowMs: 15 * MIN });
		for (const at of [0, 1 * MIN, 2 * MIN]) {
			expect(t.waitMs('a', at)).toBe(0);
			t.fail('a', at);
		}
		expect(t.waitMs('a', 2 * MIN)).toBe(13 * MIN);
		expect(t.waitMs('b', 2 * MIN)).toBe(0);
		expect(t.waitMs('a', 15 * MIN)).toBe(0);
		t.fail('a', 15 * MIN);
		expect(t.waitMs('a', 15 * MIN)).toBe(1 * MIN);
	});

	it('forgets a key on success', () => {
		const t = new FailureThrottle({ limit: 2, windowMs: MIN });
		t.fail('a', 0);
		t.fail('a', 1);
		expect(t.waitMs('a', 2)).toBeGreaterThan(0);
		t.reset('a');
		expect(t.waitMs('a', 2)).toBe(0);
	});

	it('keeps at most maxKeys keys, dropping the least recently failed', () => {
		const t = new FailureThrottle({ limit: 1, windowMs: MIN, maxKeys: 2 });
		t.fail('a', 0);
		t.fail('b', 1);
		t.fail('a', 2);
		t.fail('c', 3);
		expect(t.waitMs('a', 4)).toBeGreaterThan(0);
		expect(t.waitMs('b', 4)).toBe(0);
		expect(t.waitMs('c', 4)).toBeGreaterThan(0);
	});

	it('tells whole minutes, at least one', () => {
		expect(waitMinutes(1)).toBe(1);
		expect(waitMinutes(MIN)).toBe(1);
		expect(waitMinutes(MIN + 1)).toBe(2);
	});
});
