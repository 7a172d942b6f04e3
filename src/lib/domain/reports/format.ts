/**
 * Deterministic formatting for reports: dates in Japan time, percentages,
 * fiscal years (年度). No Intl, no locale data: the same input always gives
 * the same text on every machine, which keeps PDFs byte-identical.
 */
import { percentPointsDelta, percentText } from '../percent';
import type { ReportLanguage } from './model';

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

interface JstParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

function jstParts(iso: string): JstParts {
	const ms = Date.parse(iso);
	if (Number.isNaN(ms)) throw new Error(`not an ISO date-time: ${iso}`);
	const d = new Date(ms + JST_OFFSET_MS);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes()
	};
}

/** "2026年11月22日 10:30 JST" / "22 Nov 2026, 10:30 JST". */
export function formatDateTime(iso: string, language: ReportLanguage): string {
	const p = jstParts(iso);
	const time = `${pad2(p.hour)}:${pad2(p.minute)} JST`;
	return language === 'ja' ? `${p.year}年${p.month}月${p.day}日 ${time}` : `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}, ${time}`;
}

/** A calendar date (YYYY-MM-DD or ISO instant, shown in JST): "2027年3月31日" / "31 Mar 2027". */
export function formatDate(isoDate: string, language: ReportLanguage): string {
	const p = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? jstParts(`${isoDate}T00:00:00+09:00`) : jstParts(isoDate);
	return language === 'ja' ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}`;
}

/** 0.825 → "82.5%"; null → the given placeholder. */
export function formatPercent(ratio: number | null, placeholder = '—'): string {
	if (ratio === null || !Number.isFinite(ratio)) return placeholder;
	return percentText(ratio);
}

/** Difference of two ratios in percentage points: "+4.2 pt" / "+4.2ポイント"; "±0.0". */
export function formatDeltaPoints(current: number | null, previous: number | null, language: ReportLanguage, placeholder = '—'): string {
	if (current === null || previous === null) return placeholder;
	const delta = percentPointsDelta(current, previous);
	const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
	const unit = language === 'ja' ? 'ポイント' : ' pt';
	return `${sign}${Math.abs(delta).toFixed(1)}${unit}`;
}

/** "2026年度" / "FY2026". */
export function fiscalYearLabel(fiscalYear: number, language: ReportLanguage): string {
	return language === 'ja' ? `${fiscalYear}年度` : `FY${fiscalYear}`;
}

/**
 * The months a fiscal year covers: with the default April start, 2026年度 is
 * April 2026 – March 2027. "2026年4月〜2027年3月" / "Apr 2026 – Mar 2027".
 */
export function fiscalYearPeriod(fiscalYear: number, startMonth: number, language: ReportLanguage): string {
	if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
		throw new Error(`fiscal year start month must be 1..12: ${startMonth}`);
	}
	const endMonth = startMonth === 1 ? 12 : startMonth - 1;
	const endYear = startMonth === 1 ? fiscalYear : fiscalYear + 1;
	return language === 'ja'
		? `${fiscalYear}年${startMonth}月〜${endYear}年${endMonth}月`
		: `${MONTHS_EN[startMonth - 1]} ${fiscalYear} – ${MONTHS_EN[endMonth - 1]} ${endYear}`;
}

/** First 16 hex digits, for running footers: "3f2a…". */
export function shortHash(hex: string, length = 16): string {
	return hex.length <= length ? hex : `${hex.slice(0, length)}…`;
}

/** A hex hash split in groups of 8 for legibility in print. */
export function groupedHash(hex: string): string {
	return hex.replace(/(.{8})(?=.)/g, '$1 ');
}
