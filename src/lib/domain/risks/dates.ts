/**
 * Calendar rules of the risk register, in Japan time (UTC+9, no daylight
 * saving): an acceptance "valid through 2026-12-31" expires at the start of
 * 2027-01-01 JST; review and due dates are calendar dates. Pure: callers pass
 * `now` (from the server clock).
 */
const JST_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value;
}

/** The calendar date in Japan of an instant (a Date or a PocketBase/ISO date string). */
export function jstDate(instant: Date | string): string {
	const t = typeof instant === 'string' ? Date.parse(instant.includes('T') ? instant : instant.replace(' ', 'T')) : instant.getTime();
	return new Date(t + JST_MS).toISOString().slice(0, 10);
}

function utcMidnight(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

/** The instant an acceptance valid through `date` expires: the start of the next day in Japan. */
export function expiryInstant(validThrough: string): Date {
	return new Date(utcMidnight(validThrough) + DAY_MS - JST_MS);
}

/** The last day an acceptance expiring at `instant` is valid (inverse of expiryInstant). */
export function validThrough(instant: Date | string): string {
	const t = typeof instant === 'string' ? new Date(instant.includes('T') ? instant : instant.replace(' ', 'T')) : instant;
	return jstDate(new Date(t.getTime() - 1));
}

/** `date` plus n calendar months; the day is clamped to the month's end (2026-01-31 + 1 = 2026-02-28). */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** Whole days from today (in Japan) to `date`: 0 = today, negative = past. */
export function daysUntil(date: string, now: Date): number {
	return Math.round((utcMidnight(date) - utcMidnight(jstDate(now))) / DAY_MS);
}

/** The fiscal year (年度, named after the year it starts) of an instant's date in Japan. */
export function fiscalYearInJapan(instant: Date | string, startMonth: number): number {
	const date = jstDate(instant);
	const year = Number(date.slice(0, 4));
	return Number(date.slice(5, 7)) >= startMonth ? year : year - 1;
}
