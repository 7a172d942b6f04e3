import { describe, expect, it } from 'vitest';
import { jstDate, reviewState } from './review';

describe('reviewState', () => {
	const now = new Date('2026-12-01T16:00:00Z'); // 2 Dec 2026, 01:00 in Japan

	it('uses the date in Japan time', () => {
		expect(jstDate(now)).toBe('2026-12-02');
	});

	it('is overdue the day after the review date', () => {
		expect(reviewState('2026-12-01', now)).toEqual({ state: 'overdue', reviewBy: '2026-12-01', days: -1 });
	});

	it('is due on the review date itself and soon within 30 days', () => {
		expect(reviewState('2026-12-02', now)).toMatchObject({ state: 'due_soon', days: 0 });
		expect(reviewState('2027-01-01', now)).toMatchObject({ state: 'due_soon', days: 30 });
		expect(reviewState('2027-01-02', now)).toMatchObject({ state: 'ok', days: 31 });
	});

	it('has no state without a date', () => {
		expect(reviewState(null, now)).toEqual({ state: 'none' });
	});
});
