import { describe, expect, it } from 'vitest';
import { fiscalYearInJapan } from '../fiscal-year';
import { defaultPrevious, startDefaults, type StartCandidate } from './start-defaults';

/** An instant given as Japan time. */
const jst = (iso: string) => new Date(`${iso}+09:00`);

const signed2025: StartCandidate = { id: 'a2025', fiscalYear: 2025, revision: 1, status: 'signed' };
const draft2026: StartCandidate = { id: 'a2026', fiscalYear: 2026, revision: 1, status: 'draft' };

describe('the fiscal year on the Japanese calendar', () => {
	it('turns at midnight JST, not UTC', () => {
		expect(fiscalYearInJapan(new Date('2027-03-31T14:59:59Z'))).toBe(2026);
		expect(fiscalYearInJapan(new Date('2027-03-31T15:00:00Z'))).toBe(2027);
		expect(fiscalYearInJapan(jst('2027-01-01T00:00:00'), 1)).toBe(2027);
		expect(fiscalYearInJapan(jst('2026-12-31T23:59:59'), 1)).toBe(2026);
	});
});

describe('what the start form proposes', () => {
	it('in December: the current fiscal year (not the next) and the last signed self-check, not this year’s draft', () => {
		const d = startDefaults([draft2026, signed2025], jst('2026-12-10T09:00:00'), 4);
		expect(d.year).toBe(2026);
		expect(d.existing?.id).toBe('a2026');
		expect(d.previous).toBe('a2025');
	});

	it('in March: still the fiscal year that began last April', () => {
		expect(startDefaults([signed2025], jst('2027-03-31T23:00:00'), 4)).toEqual({ year: 2026, existing: null, previous: 'a2025' });
	});

	it('in April: the new fiscal year, carrying forward from the one just signed', () => {
		const signed2026 = { ...draft2026, status: 'signed' as const };
		expect(startDefaults([signed2026, signed2025], jst('2027-04-01T00:00:00'), 4)).toEqual({
			year: 2027,
			existing: null,
			previous: 'a2026'
		});
	});

	it('follows a fiscal year starting in January or October', () => {
		expect(startDefaults([], jst('2026-12-10T09:00:00'), 1).year).toBe(2026);
		expect(startDefaults([], jst('2027-01-05T09:00:00'), 1).year).toBe(2027);
		expect(startDefaults([], jst('2026-09-30T09:00:00'), 10).year).toBe(2025);
		expect(startDefaults([], jst('2026-10-01T00:00:00'), 10).year).toBe(2026);
		expect(startDefaults([], jst('2027-03-15T09:00:00'), 10).year).toBe(2026);
	});

	it('carries forward from the last signed revision, skipping drafts and submitted ones', () => {
		const list: StartCandidate[] = [
			{ id: 'r1', fiscalYear: 2024, revision: 1, status: 'signed' },
			{ id: 'r2', fiscalYear: 2025, revision: 1, status: 'signed' },
			{ id: 'r3', fiscalYear: 2025, revision: 2, status: 'submitted' }
		];
		// 2025 was reopened and its revision 2 awaits a signature: revision 1 is the last signed.
		expect(defaultPrevious(list, 2026)).toBe('r2');
		expect(defaultPrevious([...list, { id: 'r4', fiscalYear: 2025, revision: 3, status: 'signed' }], 2026)).toBe('r4');
		expect(defaultPrevious(list, 2025)).toBe('r1');
		expect(defaultPrevious(list, 2024)).toBe('');
		expect(defaultPrevious([draft2026], 2027)).toBe('');
	});
});
