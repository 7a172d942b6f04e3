/**
 * Fiscal years (年度). A fiscal year is named after the calendar year in
 * which it starts: with the default April start, 2026年度 runs from
 * 1 April 2026 to 31 March 2027.
 */
export const DEFAULT_FY_START_MONTH = 4;

function checkMonth(startMonth: number): void {
	if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
		throw new RangeError(`fiscal-year start month must be 1–12, got ${startMonth}`);
	}
}

/** The fiscal year that contains `date` (local calendar date). */
export function fiscalYearOf(date: Date, startMonth = DEFAULT_FY_START_MONTH): number {
	checkMonth(startMonth);
	const month = date.getMonth() + 1;
	return month >= startMonth ? date.getFullYear() : date.getFullYear() - 1;
}

/** Japan has one time zone and no daylight saving: JST is UTC+9 all year. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The fiscal year an instant falls in on the Japanese calendar, whatever the
 * server's own time zone: 31 March 15:00 UTC is already 1 April in Japan.
 */
export function fiscalYearInJapan(instant: Date, startMonth = DEFAULT_FY_START_MONTH): number {
	checkMonth(startMonth);
	const jst = new Date(instant.getTime() + JST_OFFSET_MS);
	const month = jst.getUTCMonth() + 1;
	return month >= startMonth ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

export interface FiscalYearRange {
	/** First day, as YYYY-MM-DD. */
	start: string;
	/** Last day, as YYYY-MM-DD. */
	end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function fiscalYearRange(year: number, startMonth = DEFAULT_FY_START_MONTH): FiscalYearRange {
	checkMonth(startMonth);
	const endYear = startMonth === 1 ? year : year + 1;
	const endMonth = startMonth === 1 ? 12 : startMonth - 1;
	const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
	return { start: `${year}-${pad(startMonth)}-01`, end: `${endYear}-${pad(endMonth)}-${pad(lastDay)}` };
}

/** "2026年度" in Japanese, "FY2026" in English. */
export function fiscalYearLabel(year: number, lang: 'ja' | 'en'): string {
	return lang === 'ja' ? `${year}年度` : `FY${year}`;
}

/** "2026年度（2026年4月〜2027年3月）" / "FY2026 (Apr 2026 – Mar 2027)". */
export function fiscalYearLongLabel(year: number, startMonth: number, lang: 'ja' | 'en'): string {
	const { start, end } = fiscalYearRange(year, startMonth);
	const [sy, sm] = start.split('-').map(Number);
	const [ey, em] = end.split('-').map(Number);
	if (lang === 'ja') return `${year}年度（${sy}年${sm}月〜${ey}年${em}月）`;
	const month = (m: number) => new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
	return `FY${year} (${month(sm)} ${sy} – ${month(em)} ${ey})`;
}
