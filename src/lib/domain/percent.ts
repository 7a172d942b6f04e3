/**
 * The one rounding of ratios shown as percentages, on screen and in reports:
 * one decimal, half away from zero on the exact decimal value. (0.2875 is
 * 28.75 %: `(0.2875 * 100).toFixed(1)` gave "28.7" on screen while the PDF's
 * `Math.round(0.2875 * 1000) / 10` gave 28.8, because 0.2875 × 100 is
 * 28.749999999999996 in binary floating point.) Pure.
 */

/** 0.2875 → 28.8; −0.2875 → −28.8. */
export function percentValue(ratio: number): number {
	// 12 significant digits drop the binary noise of the multiplication, keep every real digit of a score
	const exact = Number((Math.abs(ratio) * 100).toPrecision(12));
	const rounded = Math.round(exact * 10) / 10;
	return ratio < 0 && rounded !== 0 ? -rounded : rounded;
}

/** 0.2875 → "28.8%". */
export function percentText(ratio: number): string {
	return `${percentValue(ratio).toFixed(1)}%`;
}

/** A difference of two ratios in percentage points, rounded the same way: (0.5, 0.2125) → 28.8. */
export function percentPointsDelta(current: number, previous: number): number {
	return percentValue(current - previous);
}
