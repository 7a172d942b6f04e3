import { describe, expect, it } from 'vitest';
import {
	fiscalYearLabel,
	fiscalYearPeriod,
	formatDate,
	formatDateTime,
	formatDeltaPoints,
	formatPercent,
	groupedHash,
	shortHash
} from './format';

describe('report formatting', () => {
	it('shows instants in Japan time', () => {
		expect(formatDateTime('2026-11-22T16:05:00Z', 'ja')).toBe('2026年11月23日 01:05 JST');
		expect(formatDateTime('2026-11-22T16:05:00Z', 'en')).toBe('23 Nov 2026, 01:05 JST');
		expect(formatDate('2027-03-31', 'ja')).toBe('2027年3月31日');
		expect(formatDate('2027-03-31', 'en')).toBe('31 Mar 2027');
	});

	it('formats ratios and deltas', () => {
		expect(formatPercent(0.8254)).toBe('82.5%');
		expect(formatPercent(1)).toBe('100.0%');
		expect(formatPercent(null)).toBe('—');
		expect(formatDeltaPoints(0.8, 0.75, 'ja')).toBe('+5.0ポイント');
		expect(formatDeltaPoints(0.7, 0.75, 'en')).toBe('−5.0 pt');
		expect(formatDeltaPoints(0.7, 0.7, 'en')).toBe('±0.0 pt');
		expect(formatDeltaPoints(null, 0.7, 'en')).toBe('—');
	});

	it('names fiscal years (年度) and their months', () => {
		expect(fiscalYearLabel(2026, 'ja')).toBe('2026年度');
		expect(fiscalYearLabel(2026, 'en')).toBe('FY2026');
		expect(fiscalYearPeriod(2026, 4, 'ja')).toBe('2026年4月〜2027年3月');
		expect(fiscalYearPeriod(2026, 4, 'en')).toBe('Apr 2026 – Mar 2027');
		expect(fiscalYearPeriod(2026, 1, 'en')).toBe('Jan 2026 – Dec 2026');
		expect(() => fiscalYearPeriod(2026, 13, 'en')).toThrow();
	});

	it('shortens and groups hashes', () => {
		expect(shortHash('0123456789abcdef0123')).toBe('0123456789abcdef…');
		expect(groupedHash('0123456789abcdef01')).toBe('01234567 89abcdef 01');
	});
});
