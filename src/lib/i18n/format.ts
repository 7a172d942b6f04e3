import { percentText } from '$lib/domain/percent';
import type { Lang } from './define';

const TIME_ZONE = 'Asia/Tokyo';

function toDate(value: string | Date): Date | null {
	if (value instanceof Date) return value;
	if (!value) return null;
	// PocketBase answers "2026-11-22 02:37:55.923Z"; make it ISO.
	const date = new Date(value.includes('T') ? value : value.replace(' ', 'T'));
	return Number.isNaN(date.getTime()) ? null : date;
}

/** 2026年11月22日 / 22 Nov 2026 (Japan time). */
export function formatDate(value: string | Date, lang: Lang): string {
	const date = toDate(value);
	if (!date) return '';
	return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
		year: 'numeric',
		month: lang === 'ja' ? 'long' : 'short',
		day: 'numeric',
		timeZone: TIME_ZONE
	}).format(date);
}

/** 2026年11月22日 11:37 / 22 Nov 2026, 11:37 JST. */
export function formatDateTime(value: string | Date, lang: Lang): string {
	const date = toDate(value);
	if (!date) return '';
	const formatted = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
		year: 'numeric',
		month: lang === 'ja' ? 'long' : 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: TIME_ZONE
	}).format(date);
	return lang === 'ja' ? formatted : `${formatted} JST`;
}

export function formatPercent(ratio: number | null, lang: Lang): string {
	if (ratio === null) return lang === 'ja' ? '該当なし' : 'n/a';
	return percentText(ratio);
}
