/**
 * Durations of the business impact analysis (MTPD, RTO, RPO) are stored as
 * whole minutes. People type them the way they say them: "10分", "4時間",
 * "1時間30分", "2日", "90m", "4h", "1.5h", "2d" or a bare number of hours.
 * Pure functions, no I/O.
 */
import type { Localized } from '../sectors';

export const MAX_DURATION_MINUTES = 366 * 24 * 60;

const UNITS: { pattern: RegExp; minutes: number }[] = [
	{ pattern: /^(d|day|days|日)$/, minutes: 24 * 60 },
	{ pattern: /^(h|hr|hrs|hour|hours|時間)$/, minutes: 60 },
	{ pattern: /^(m|min|mins|minute|minutes|分)$/, minutes: 1 }
];

/** Full-width digits and punctuation to ASCII, lower case, no spaces. */
function normalise(text: string): string {
	return text
		.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.toLowerCase()
		.replace(/\s+/g, '');
}

/**
 * Parses a duration into whole minutes. '' → null (not given);
 * unparseable or out-of-range text → undefined.
 */
export function parseDuration(text: string): number | null | undefined {
	const s = normalise(text);
	if (s === '') return null;
	if (/^\d+(\.\d+)?$/.test(s)) return finish(Number(s) * 60);
	const parts = s.match(/\d+(?:\.\d+)?[^\d.]+/g);
	if (!parts || parts.join('') !== s) return undefined;
	let total = 0;
	const used = new Set<number>();
	for (const part of parts) {
		const [, value, unit] = /^(\d+(?:\.\d+)?)(.+)$/.exec(part) ?? [];
		const index = UNITS.findIndex((u) => u.pattern.test(unit));
		if (index < 0 || used.has(index) || [...used].some((u) => u > index)) return undefined;
		used.add(index);
		total += Number(value) * UNITS[index].minutes;
	}
	return finish(total);
}

function finish(minutes: number): number | undefined {
	const rounded = Math.round(minutes);
	return rounded >= 0 && rounded <= MAX_DURATION_MINUTES ? rounded : undefined;
}

/** Hours (as the profile stores a service's maximum outage) to whole minutes. */
export function hoursToMinutes(hours: number | null | undefined): number | null {
	if (hours === null || hours === undefined || !Number.isFinite(hours)) return null;
	return Math.round(hours * 60);
}

/** 10 → "10分" / "10 min"; 90 → "1時間30分" / "1 h 30 min"; 2880 → "2日" / "2 d". */
export function formatDuration(minutes: number, lang: keyof Localized): string {
	const days = Math.floor(minutes / 1440);
	const hours = Math.floor((minutes % 1440) / 60);
	const mins = minutes % 60;
	const ja: string[] = [];
	const en: string[] = [];
	if (days) {
		ja.push(`${days}日`);
		en.push(`${days} d`);
	}
	if (hours) {
		ja.push(`${hours}時間`);
		en.push(`${hours} h`);
	}
	if (mins || (!days && !hours)) {
		ja.push(`${mins}分`);
		en.push(`${mins} min`);
	}
	return lang === 'ja' ? ja.join('') : en.join(' ');
}

/** The text to put back into an input so that it parses to the same value. */
export function durationInput(minutes: number | null): string {
	if (minutes === null) return '';
	return formatDuration(minutes, 'ja');
}
