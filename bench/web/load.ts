/**
 * A closed-loop load generator: `clients` workers each run one operation
 * after another for `ms` milliseconds; latency of each completed operation
 * is kept. An operation is one page view, one save, or the raw PocketBase
 * requests doing the same work. Node's fetch keeps connections alive.
 */
import { median, round } from '../support';

export interface LoadRun {
	count: number;
	errors: number;
	seconds: number;
	perSecond: number;
	p50: number;
	p95: number;
	p99: number;
}

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index];
}

export async function closedLoop(op: (client: number) => Promise<void>, clients: number, ms: number): Promise<LoadRun> {
	const latencies: number[] = [];
	let errors = 0;
	let firstError: unknown;
	const start = performance.now();
	const end = start + ms;
	await Promise.all(
		Array.from({ length: clients }, async (_, client) => {
			while (performance.now() < end) {
				const t0 = performance.now();
				try {
					await op(client);
					latencies.push(performance.now() - t0);
				} catch (error) {
					errors++;
					firstError ??= error;
				}
			}
		})
	);
	if (errors > 0 && latencies.length === 0) throw new Error(`every operation failed: ${String(firstError)}`);
	if (errors > 0) console.warn(`    ${errors} operations failed, first: ${String(firstError)}`);
	const seconds = (performance.now() - start) / 1000;
	const sorted = latencies.sort((a, b) => a - b);
	return {
		count: sorted.length,
		errors,
		seconds: round(seconds, 2),
		perSecond: round(sorted.length / seconds, 1),
		p50: round(percentile(sorted, 50), 1),
		p95: round(percentile(sorted, 95), 1),
		p99: round(percentile(sorted, 99), 1)
	};
}

export interface Paired {
	a: LoadRun[];
	b: LoadRun[];
	/** Medians over the rounds of each side. */
	medianA: Pick<LoadRun, 'p50' | 'p95' | 'p99' | 'perSecond'>;
	medianB: Pick<LoadRun, 'p50' | 'p95' | 'p99' | 'perSecond'>;
	/** A ÷ B of p95, round by round: median, min, max. */
	p95Ratio: { median: number; min: number; max: number };
}

const medians = (runs: LoadRun[]) => ({
	p50: round(median(runs.map((r) => r.p50)), 1),
	p95: round(median(runs.map((r) => r.p95)), 1),
	p99: round(median(runs.map((r) => r.p99)), 1),
	perSecond: round(median(runs.map((r) => r.perSecond)), 1)
});

/** A, B, A, B… `rounds` times each, after one short warm-up of each; ratios pair by pair. */
export async function interleaved(
	a: (client: number) => Promise<void>,
	b: (client: number) => Promise<void>,
	options: { clients: number; ms: number; rounds: number; label: string }
): Promise<Paired> {
	await closedLoop(a, options.clients, Math.min(1500, options.ms));
	await closedLoop(b, options.clients, Math.min(1500, options.ms));
	const runsA: LoadRun[] = [];
	const runsB: LoadRun[] = [];
	for (let i = 0; i < options.rounds; i++) {
		const ra = await closedLoop(a, options.clients, options.ms);
		const rb = await closedLoop(b, options.clients, options.ms);
		runsA.push(ra);
		runsB.push(rb);
		console.log(`    ${options.label} round ${i + 1}: p95 ${ra.p95} vs ${rb.p95} ms (${ra.perSecond} vs ${rb.perSecond}/s)`);
	}
	const ratios = runsA.map((r, i) => r.p95 / runsB[i].p95);
	return {
		a: runsA,
		b: runsB,
		medianA: medians(runsA),
		medianB: medians(runsB),
		p95Ratio: { median: round(median(ratios), 2), min: round(Math.min(...ratios), 2), max: round(Math.max(...ratios), 2) }
	};
}
