import { describe, expect, it } from 'vitest';
import { LoginThrottle, type LoginThrottleRules } from './login-throttle';

const MIN = 60_000;
const RULES: LoginThrottleRules = { perAccountAddress: 3, perAddress: 10, accountCeiling: 20, windowMs: 15 * MIN, trustMs: 60 * MIN };

/** A clock the test moves by hand. */
function clock(start = 0) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

function failTimes(throttle: LoginThrottle, account: string, address: string, times: number, now: number): void {
	for (let i = 0; i < times; i++) throttle.fail({ account, address }, now);
}

describe('LoginThrottle', () => {
	it('pauses one address for one account after the strict limit, not the account from other addresses', () => {
		const c = clock();
		const t = new LoginThrottle(RULES);
		failTimes(t, 'ai@example.jp', '198.51.100.7', 3, c.now());
		expect(t.waitMs({ account: 'AI@example.jp', address: '198.51.100.7' }, c.now())).toBe(15 * MIN);
		expect(t.waitMs({ account: 'ai@example.jp', address: '203.0.113.9' }, c.now())).toBe(0);
		expect(t.waitMs({ account: 'ken@example.jp', address: '198.51.100.7' }, c.now())).toBe(0);
		c.advance(15 * MIN);
		expect(t.waitMs({ account: 'ai@example.jp', address: '198.51.100.7' }, c.now())).toBe(0);
	});

	it('pauses an address that guesses many accounts', () => {
		const c = clock();
		const t = new LoginThrottle(RULES);
		for (let i = 0; i < 10; i++) t.fail({ account: `u${i}@example.jp`, address: '198.51.100.7' }, c.now());
		expect(t.waitMs({ account: 'new@example.jp', address: '198.51.100.7' }, c.now())).toBeGreaterThan(0);
		expect(t.waitMs({ account: 'new@example.jp', address: '203.0.113.9' }, c.now())).toBe(0);
	});

	it('stops many addresses guessing one account at the ceiling, but not its owner from an address they logged in from', () => {
		const c = clock();
		const t = new LoginThrottle(RULES);
		t.succeed({ account: 'ai@example.jp', address: '192.0.2.1' }, c.now());
		c.advance(MIN);
		for (let i = 0; i < 20; i++) t.fail({ account: 'ai@example.jp', address: `198.51.100.${i}` }, c.now());
		expect(t.waitMs({ account: 'ai@example.jp', address: '203.0.113.9' }, c.now())).toBe(15 * MIN);
		expect(t.waitMs({ account: 'ai@example.jp', address: '192.0.2.1' }, c.now())).toBe(0);
		// the trust runs out after trustMs without a login
		c.advance(60 * MIN);
		failTimes(t, 'ai@example.jp', '198.51.100.200', 1, c.now());
		for (let i = 0; i < 19; i++) t.fail({ account: 'ai@example.jp', address: `198.51.101.${i}` }, c.now());
		expect(t.waitMs({ account: 'ai@example.jp', address: '192.0.2.1' }, c.now())).toBeGreaterThan(0);
	});

	it('the ceiling is far above the strict limit: an attacker at one address cannot reach it', () => {
		const c = clock();
		const t = new LoginThrottle(RULES);
		for (let i = 0; i < 30; i++) {
			const attempt = { account: 'ai@example.jp', address: '198.51.100.7' };
			if (t.waitMs(attempt, c.now()) === 0) t.fail(attempt, c.now());
			c.advance(MIN);
		}
		expect(t.waitMs({ account: 'ai@example.jp', address: '203.0.113.9' }, c.now())).toBe(0);
	});

	it('a success forgets that pair’s failures', () => {
		const c = clock();
		const t = new LoginThrottle(RULES);
		failTimes(t, 'ai@example.jp', '192.0.2.1', 2, c.now());
		t.succeed({ account: 'ai@example.jp', address: '192.0.2.1' }, c.now());
		failTimes(t, 'ai@example.jp', '192.0.2.1', 2, c.now());
		expect(t.waitMs({ account: 'ai@example.jp', address: '192.0.2.1' }, c.now())).toBe(0);
	});
});
