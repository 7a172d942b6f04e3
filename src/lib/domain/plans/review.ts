/**
 * Whether an approved plan is past its review date. Dates are calendar
 * dates in Japan time; `now` comes from the clock (src/lib/server/clock.ts).
 * Pure.
 */
export type ReviewState = { state: 'none' } | { state: 'ok' | 'due_soon' | 'overdue'; reviewBy: string; days: number };

export const DUE_SOON_DAYS = 30;

/** Today's calendar date in Japan time, YYYY-MM-DD. */
export function jstDate(now: Date): string {
	return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

function dayNumber(isoDate: string): number {
	return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** days = days left until the review date (negative when past it). */
export function reviewState(reviewBy: string | null, now: Date): ReviewState {
	if (!reviewBy) return { state: 'none' };
	const days = dayNumber(reviewBy) - dayNumber(jstDate(now));
	const state = days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due_soon' : 'ok';
	return { state, reviewBy, days };
}
