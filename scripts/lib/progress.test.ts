import { describe, expect, it } from 'vitest';
import { progressPrinter } from './progress';

const phases = ['layout', 'render', 'output', 'done'];
const events = phases.flatMap((phase) => Array.from({ length: 101 }, (_, i) => ({ phase, fraction: i / 100 })));

function run(isTTY: boolean): string {
	let out = '';
	const printer = progressPrinter({ isTTY, write: (text: string) => (out += text) });
	for (const e of events) printer.update(e);
	printer.end();
	return out;
}

describe('CLI progress', () => {
	it('prints one line per phase when stderr is not a terminal (it was one endless line)', () => {
		expect(run(false)).toBe('layout…\nrender…\noutput…\ndone…\n');
	});

	it('updates one line in place on a terminal', () => {
		const out = run(true);
		expect(out.split('\n')).toHaveLength(2);
		expect(out.endsWith('done 100%   \n')).toBe(true);
	});
});
