import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';
import { messagesFor } from './index';

function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): unknown[] {
	if (typeof value !== 'object' || value === null) return [value];
	return Object.values(value).flatMap(leaves);
}

describe('message catalogue', () => {
	it('has exactly the same keys in Japanese and English', () => {
		expect(keys(messagesFor('en')).sort()).toEqual(keys(messagesFor('ja')).sort());
	});

	it('has no empty strings', () => {
		for (const lang of ['ja', 'en'] as const) {
			for (const leaf of leaves(messagesFor(lang))) {
				if (typeof leaf === 'string') expect(leaf.trim()).not.toBe('');
			}
		}
	});

	it('arrays have the same length in both languages', () => {
		expect(messagesFor('en').home.steps.length).toBe(messagesFor('ja').home.steps.length);
	});
});

describe('date formatting', () => {
	it('writes Japanese dates in Japan time', () => {
		expect(formatDate('2026-11-21 16:00:00.000Z', 'ja')).toBe('2026年11月22日');
		expect(formatDateTime('2026-11-22T02:37:00Z', 'ja')).toBe('2026年11月22日 11:37');
		expect(formatDate('2026-11-22T02:37:00Z', 'en')).toBe('22 Nov 2026');
	});

	it('returns an empty string for no date', () => {
		expect(formatDate('', 'ja')).toBe('');
	});
});
