import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearLongLabel, fiscalYearOf, fiscalYearRange } from './fiscal-year';

describe('fiscal years (年度)', () => {
	it('puts March in the previous fiscal year and April in the new one by default', () => {
		expect(fiscalYearOf(new Date(2027, 2, 31))).toBe(2026);
		expect(fiscalYearOf(new Date(2026, 3, 1))).toBe(2026);
		expect(fiscalYearOf(new Date(2026, 2, 31))).toBe(2025);
	});

	it('follows a custom start month', () => {
		expect(fiscalYearOf(new Date(2026, 0, 15), 1)).toBe(2026);
		expect(fiscalYearOf(new Date(2026, 8, 30), 10)).toBe(2025);
		expect(fiscalYearRange(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
		expect(fiscalYearRange(2026, 10)).toEqual({ start: '2026-10-01', end: '2027-09-30' });
	});

	it('labels years in Japanese and English', () => {
		expect(fiscalYearLabel(2026, 'ja')).toBe('2026年度');
		expect(fiscalYearLabel(2026, 'en')).toBe('FY2026');
		expect(fiscalYearLongLabel(2026, 4, 'ja')).toBe('2026年度（2026年4月〜2027年3月）');
		expect(fiscalYearLongLabel(2026, 4, 'en')).toBe('FY2026 (Apr 2026 – Mar 2027)');
	});

	it('rejects impossible start months', () => {
		expect(() => fiscalYearOf(new Date(), 13)).toThrow(RangeError);
		expect(() => fiscalYearRange(2026, 0)).toThrow(RangeError);
	});

	it('always places a date inside the range of its own fiscal year', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
				fc.integer({ min: 1, max: 12 }),
				(date, start) => {
					const year = fiscalYearOf(date, start);
					const { start: s, end: e } = fiscalYearRange(year, start);
					const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
					return s <= iso && iso <= e;
				}
			)
		);
	});
});
