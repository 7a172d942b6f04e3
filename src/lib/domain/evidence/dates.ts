/**
 * Dates of evidence: the period it is valid for (a fiscal year, a day, or
 * a range of days) and its expiry. Calendar dates are Japanese dates; the
 * current instant comes from the caller (src/lib/server/clock.ts). Pure.
 */
import { fiscalYearLabel } from '../fiscal-year';

const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar date in Japan at `now`, as YYYY-MM-DD. */
export function japanDate(now: Date): string {
	return new Date(now.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Days from the calendar date `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Evidence that expires within this many days is shown as expiring soon. */
export const EXPIRING_SOON_DAYS = 30;

export type ExpiryState = 'none' | 'valid' | 'expiring' | 'expired';

/** Valid through the whole day of `expiresOn`; expired from the next day (Japan time). */
export function expiryState(expiresOn: string, now: Date): ExpiryState {
	if (!expiresOn) return 'none';
	const left = daysBetween(japanDate(now), expiresOn.slice(0, 10));
	if (left < 0) return 'expired';
	return left <= EXPIRING_SOON_DAYS ? 'expiring' : 'valid';
}

export interface Period {
	fiscalYear: number | null;
	from: string;
	to: string;
}

/** "2026年度 · 2026-06-12" / "FY2026 · 2026-06-12 – 2026-06-13"; '' when nothing is given. */
export function periodLabel(period: Period, lang: 'ja' | 'en'): string {
	const parts: string[] = [];
	if (period.fiscalYear) parts.push(fiscalYearLabel(period.fiscalYear, lang));
	if (period.from && period.to && period.to !== period.from) parts.push(`${period.from} – ${period.to}`);
	else if (period.from) parts.push(period.from);
	return parts.join(' · ');
}
