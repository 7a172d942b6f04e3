import { describe, expect, it } from 'vitest';
import { isSeverityLevel, overallSeverity, SEVERITY_NAMES, trustAboveOverall } from './severity';

describe('severity (seed 002)', () => {
	it('names the five levels', () => {
		expect([0, 1, 2, 3, 4].map((l) => SEVERITY_NAMES[l as 0].ja)).toEqual(['なし', '低', '中', '高', '危機']);
	});

	it('takes the higher of continuity and safety', () => {
		expect(overallSeverity({ continuity: 2, safety: 0 })).toBe(2);
		expect(overallSeverity({ continuity: 1, safety: 3 })).toBe(3);
		expect(overallSeverity({ continuity: 0, safety: 0 })).toBe(0);
	});

	it('does not let trust alone raise the level, but says when it is worse', () => {
		const record = { continuity: 1, safety: 0, trust: 3 } as const;
		expect(overallSeverity(record)).toBe(1);
		expect(trustAboveOverall(record)).toBe(true);
		expect(trustAboveOverall({ continuity: 2, safety: 0, trust: 2 })).toBe(false);
	});

	it('recognises levels', () => {
		expect(isSeverityLevel(4)).toBe(true);
		expect(isSeverityLevel(5)).toBe(false);
		expect(isSeverityLevel('2')).toBe(false);
	});
});
