import { describe, expect, it } from 'vitest';
import { ENGINE_STRINGS } from './i18n';
import { SELFCHECK_STRINGS } from './selfcheck/i18n';

/** Keys of a catalogue, nested, sorted (functions count as leaves). */
function keys(value: unknown, prefix = ''): string[] {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
	return Object.entries(value)
		.flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
		.sort();
}

describe('report catalogues', () => {
	// A missing key is already a type error (both languages are typed by one interface); this also catches extra keys.
	it('have the same keys in Japanese and English', () => {
		expect(keys(ENGINE_STRINGS.en)).toEqual(keys(ENGINE_STRINGS.ja));
		expect(keys(SELFCHECK_STRINGS.en)).toEqual(keys(SELFCHECK_STRINGS.ja));
	});

	it('format page numbers in each language', () => {
		expect(ENGINE_STRINGS.ja.page(3, 41)).toBe('3 / 41 ページ');
		expect(ENGINE_STRINGS.en.page(3, 41)).toBe('Page 3 of 41');
	});
});
