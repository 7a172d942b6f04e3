import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysUntil, expiryInstant, isIsoDate, jstDate, validThrough } from './dates';

describe('risk calendar (Japan time)', () => {
	it('an acceptance valid through a day expires at the start of the next day in Japan', () => {
		expect(expiryInstant('2026-12-31').toISOString()).toBe('2026-12-31T15:00:00.000Z');
		expect(validThrough('2026-12-31T15:00:00.000Z')).toBe('2026-12-31');
		expect(validThrough('2026-12-31 15:00:00.000Z')).toBe('2026-12-31');
	});

	it('validThrough inverts expiryInstant for every date', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
				const date = d.toISOString().slice(0, 10);
				expect(validThrough(expiryInstant(date))).toBe(date);
			})
		);
	});

	it('knows the date in Japan and counts days from it', () => {
		expect(jstDate('2026-12-02T16:00:00Z')).toBe('2026-12-03');
		expect(jstDate(new Date('2026-12-02T14:59:59Z'))).toBe('2026-12-02');
		expect(daysUntil('2026-12-03', new Date('2026-12-02T16:00:00Z'))).toBe(0);
		expect(daysUntil('2027-01-01', new Date('2026-12-02T03:00:00Z'))).toBe(30);
		expect(daysUntil('2026-11-30', new Date('2026-12-02T03:00:00Z'))).toBe(-2);
	});

	it('adds calendar months, clamping to the end of the month', () => {
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
		expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
				fc.integer({ min: 0, max: 60 }),
				(d, n) => {
					const date = d.toISOString().slice(0, 10);
					const later = addMonths(date, n);
					expect(isIsoDate(later)).toBe(true);
					expect(later >= date).toBe(true);
				}
			)
		);
		expect(isIsoDate('2026-02-30')).toBe(false);
	});
});

describe('fiscal year in Japan', () => {
	it('counts the year from its start month, by the date in Japan', async () => {
		const { fiscalYearInJapan } = await import('./dates');
		expect(fiscalYearInJapan('2027-03-31T14:59:59Z', 4)).toBe(2026);
		expect(fiscalYearInJapan('2027-03-31T15:00:00Z', 4)).toBe(2027);
		expect(fiscalYearInJapan('2026-12-31T15:00:00Z', 1)).toBe(2027);
	});
});
