/** Text helpers for the SVG charts (SVG cannot wrap or measure text). Pure. */

/** Rough width of a character in "half-width" units: CJK and full-width forms count double. */
function units(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	return code >= 0x1100 &&
		(code <= 0x115f ||
			(code >= 0x2e80 && code <= 0xa4cf) ||
			(code >= 0xac00 && code <= 0xd7a3) ||
			(code >= 0xf900 && code <= 0xfaff) ||
			(code >= 0xfe30 && code <= 0xfe4f) ||
			(code >= 0xff00 && code <= 0xff60) ||
			(code >= 0xffe0 && code <= 0xffe6))
		? 2
		: 1;
}

/** Shortens `text` to about `max` half-width units, ending with "…" when cut. */
export function fitText(text: string, max: number): string {
	let used = 0;
	const chars = Array.from(text);
	for (let i = 0; i < chars.length; i++) {
		used += units(chars[i]);
		if (used > max) return chars.slice(0, Math.max(1, i - 1)).join('') + '…';
	}
	return text;
}

export interface BarSeries {
	name: string;
	/** CSS colour. */
	color: string;
	/** One value per category, 0..1; null = not applicable. */
	values: (number | null)[];
}
