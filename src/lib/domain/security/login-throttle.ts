import { FailureThrottle } from './throttle';

const MINUTE = 60_000;

/**
 * The login throttle, built so that it is not a lockout tool: the strict
 * counter is per (account, client address), so failures from one address
 * pause only that address for that account. Two looser counters stop broad
 * guessing: per address (whatever accounts it tries) and an account-wide
 * ceiling (many addresses guessing one account), and the ceiling does not
 * apply to an address this account has logged in from recently — so an
 * attacker spraying wrong passwords for a known e-mail cannot keep its owner
 * out from the address they usually use. Pure: the caller passes `now`.
 */
export interface LoginThrottleRules {
	perAccountAddress: number;
	perAddress: number;
	accountCeiling: number;
	windowMs: number;
	/** How long a successful login makes its address exempt from the account-wide ceiling. */
	trustMs: number;
	maxKeys?: number;
}

export const LOGIN_THROTTLE_RULES: LoginThrottleRules = {
	perAccountAddress: 5,
	perAddress: 20,
	accountCeiling: 100,
	windowMs: 15 * MINUTE,
	trustMs: 30 * 24 * 60 * MINUTE
};

export interface LoginAttempt {
	account: string;
	address: string;
}

export class LoginThrottle {
	private readonly pair: FailureThrottle;
	private readonly address: FailureThrottle;
	private readonly account: FailureThrottle;
	/** `account address` → when it last logged in; Map order is the eviction order. */
	private readonly trusted = new Map<string, number>();
	private readonly maxKeys: number;

	constructor(private readonly rules: LoginThrottleRules = LOGIN_THROTTLE_RULES) {
		const { windowMs, maxKeys } = rules;
		this.maxKeys = maxKeys ?? 10_000;
		this.pair = new FailureThrottle({ limit: rules.perAccountAddress, windowMs, maxKeys });
		this.address = new FailureThrottle({ limit: rules.perAddress, windowMs, maxKeys });
		this.account = new FailureThrottle({ limit: rules.accountCeiling, windowMs, maxKeys });
	}

	private static pairKey({ account, address }: LoginAttempt): string {
		return `${account.toLowerCase()} ${address}`;
	}

	private isTrusted(attempt: LoginAttempt, now: number): boolean {
		const at = this.trusted.get(LoginThrottle.pairKey(attempt));
		return at !== undefined && at <= now && now - at < this.rules.trustMs;
	}

	/** Milliseconds until this attempt may be tried (0: now). */
	waitMs(attempt: LoginAttempt, now: number): number {
		const account = attempt.account.toLowerCase();
		return Math.max(
			this.pair.waitMs(LoginThrottle.pairKey(attempt), now),
			this.address.waitMs(attempt.address, now),
			this.isTrusted(attempt, now) ? 0 : this.account.waitMs(account, now)
		);
	}

	fail(attempt: LoginAttempt, now: number): void {
		this.pair.fail(LoginThrottle.pairKey(attempt), now);
		this.address.fail(attempt.address, now);
		this.account.fail(attempt.account.toLowerCase(), now);
	}

	/** A login that worked forgets this pair's failures and trusts the address for this account. */
	succeed(attempt: LoginAttempt, now: number): void {
		const key = LoginThrottle.pairKey(attempt);
		this.pair.reset(key);
		this.trusted.delete(key);
		this.trusted.set(key, now);
		while (this.trusted.size > this.maxKeys) this.trusted.delete(this.trusted.keys().next().value as string);
	}
}
