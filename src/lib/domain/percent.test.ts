import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDeltaPoints, formatPercent as reportPercent } from './reports/format';
import { formatPercent as screenPercent } from '../i18n/format';
import { percentText, percentValue } from './percent';

describe('one percentage rounding for the screen and the PDF', () => {
	it('shows 23 of 80 points (0.2875) as 28.8 % on screen and in the PDF (it was 28.7 on screen)', () => {
		const ratio = 23 / 80;
		expect(screenPercent(ratio, 'ja')).toBe('28.8%');
		expect(reportPercent(ratio)).toBe('28.8%');
		expect(percentText(ratio)).toBe('28.8%');
	});

	it('agrees for every score a checklist can have (half points up to 400 possible)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 800 }), (possible, halves) => {
				const ratio = Math.min(halves / 2, possible) / possible;
				expect(screenPercent(ratio, 'en')).toBe(reportPercent(ratio));
				// the exact value, computed with integers: tenths of a percent, half up
				const tenths = Math.floor((Math.min(halves, 2 * possible) * 1000 + possible) / (2 * possible));
				expect(percentValue(ratio)).toBe(tenths / 10);
			})
		);
	});

	it('rounds differences symmetrically', () => {
		expect(percentValue(-0.2875)).toBe(-28.8);
		expect(formatDeltaPoints(0.5, 0.2125, 'en')).toBe('+28.8 pt');
		expect(formatDeltaPoints(0.2125, 0.5, 'ja')).toBe('−28.8ポイント');
		expect(formatDeltaPoints(0.3, 0.3, 'en')).toBe('±0.0 pt');
	});
});
