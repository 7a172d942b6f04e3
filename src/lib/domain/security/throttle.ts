/**
 * Counts failed attempts (wrong passwords, unusable invitation links) per key
 * — an account, a client address — and says how long a key must wait once it
 * has failed `limit` times within `windowMs`. Pure: the caller passes `now`.
 * Memory is bounded: at most `maxKeys` keys are kept (the least recently
 * failed go first), each with at most `limit` timestamps.
 */
export interface ThrottleRule {
	limit: number;
	windowMs: number;
	maxKeys?: number;
}

export class FailureThrottle {
	private readonly failures = new Map<string, number[]>();
	private readonly maxKeys: number;

	constructor(private readonly rule: ThrottleRule) {
		this.maxKeys = rule.maxKeys ?? 10_000;
	}

	private recent(key: string, now: number): number[] {
		const kept = (this.failures.get(key) ?? []).filter((t) => t > now - this.rule.windowMs && t <= now);
		if (kept.length) this.failures.set(key, kept);
		else this.failures.delete(key);
		return kept;
	}

	/** Milliseconds until `key` may try again (0: now). */
	waitMs(key: string, now: number): number {
		const recent = this.recent(key, now);
		if (recent.length < this.rule.limit) return 0;
		return recent[recent.length - this.rule.limit] + this.rule.windowMs - now;
	}

	fail(key: string, now: number): void {
		const recent = this.recent(key, now);
		recent.push(now);
		this.failures.delete(key); // re-insert: Map order is the eviction order
		this.failures.set(key, recent.slice(-this.rule.limit));
		while (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value as string);
	}

	/** A success forgets the key's failures (an account that logged in is not throttled for earlier typos). */
	reset(key: string): void {
		this.failures.delete(key);
	}
}

/** Whole minutes to tell a person (at least 1). */
export function waitMinutes(ms: number): number {
	return Math.max(1, Math.ceil(ms / 60_000));
}
