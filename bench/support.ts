/** Helpers for bench/run.ts: statistics, machine description, table output. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;
export const mb = (bytes: number): number => round(bytes / (1024 * 1024), 1);

export interface Machine {
	nproc: number;
	cpu: string;
	node: string;
	platform: string;
	totalMemoryMb: number;
	loadAverage: number[];
}

export function machine(): Machine {
	let cpu = os.cpus()[0]?.model ?? 'unknown';
	try {
		const line = readFileSync('/proc/cpuinfo', 'utf8')
			.split('\n')
			.find((l) => l.startsWith('model name'));
		if (line) cpu = line.split(':').slice(1).join(':').trim();
	} catch {
		// not Linux: keep os.cpus()
	}
	return {
		nproc: os.availableParallelism(),
		cpu,
		node: process.version,
		platform: `${os.platform()} ${os.release()}`,
		totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
		loadAverage: os.loadavg().map((l) => round(l, 2))
	};
}

/** Plain-text table with aligned columns. */
export function table(header: string[], rows: (string | number)[][]): string {
	const cells = [header, ...rows.map((r) => r.map(String))];
	const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
	const line = (r: string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
	return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const start = performance.now();
	const value = await fn();
	return { ms: performance.now() - start, value };
}

/**
 * Event-loop responsiveness: the longest gap between 5 ms timer ticks while
 * `fn` runs, including the gap until it finished (a synchronous render never
 * lets the timer fire, so that final gap is the blocking time).
 */
export async function withLoopProbe<T>(fn: () => Promise<T>): Promise<{ value: T; maxGapMs: number; ms: number }> {
	const start = performance.now();
	let last = start;
	let maxGap = 0;
	const timer = setInterval(() => {
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last);
		last = now;
	}, 5);
	const value = await fn();
	const end = performance.now();
	clearInterval(timer);
	return { value, maxGapMs: Math.max(maxGap, end - last), ms: end - start };
}
