import { describe, expect, it } from 'vitest';
import { telHref } from './contacts';

describe('telHref', () => {
	it('dials the digits of a number as typed', () => {
		expect(telHref('03-0000-1101')).toBe('tel:0300001101');
		expect(telHref('090-0000-1101（夜間）')).toBe('tel:09000001101');
		expect(telHref(' +81 3 0000 1101')).toBe('tel:+81300001101');
	});

	it('gives no link for what cannot be dialled', () => {
		expect(telHref('')).toBeNull();
		expect(telHref('内線 12')).toBeNull();
	});
});
