import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationInput, formatDuration, hoursToMinutes, MAX_DURATION_MINUTES, parseDuration } from './durations';

describe('parseDuration', () => {
	it.each([
		['10分', 10],
		['4時間', 240],
		['1時間30分', 90],
		['2日', 2880],
		['1日12時間', 2160],
		['90m', 90],
		['4h', 240],
		['1.5h', 90],
		['2d', 2880],
		['2 h 15 min', 135],
		['４時間', 240],
		['3', 180],
		['0', 0]
	])('%s → %d minutes', (text, minutes) => {
		expect(parseDuration(text)).toBe(minutes);
	});

	it('gives null for an empty value', () => {
		expect(parseDuration('  ')).toBeNull();
	});

	it.each(['abc', '10x', 'h4', '30分2時間', '1時間1時間', '-5h', '400d', '1..5h'])('refuses %s', (text) => {
		expect(parseDuration(text)).toBeUndefined();
	});
});

describe('formatDuration', () => {
	it('writes Japanese and English', () => {
		expect(formatDuration(10, 'ja')).toBe('10分');
		expect(formatDuration(90, 'ja')).toBe('1時間30分');
		expect(formatDuration(90, 'en')).toBe('1 h 30 min');
		expect(formatDuration(2880, 'en')).toBe('2 d');
		expect(formatDuration(0, 'en')).toBe('0 min');
	});

	it('round-trips through the input text', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: MAX_DURATION_MINUTES }), (minutes) => {
				expect(parseDuration(durationInput(minutes))).toBe(minutes);
				expect(parseDuration(formatDuration(minutes, 'en'))).toBe(minutes);
			})
		);
	});
});

describe('hoursToMinutes', () => {
	it('rounds the profile’s hours to whole minutes', () => {
		expect(hoursToMinutes(0.17)).toBe(10);
		expect(hoursToMinutes(24)).toBe(1440);
		expect(hoursToMinutes(null)).toBeNull();
	});
});
