import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256HexSync } from './sha256';

const node = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256HexSync', () => {
	it('gives the FIPS 180-4 test vectors', () => {
		expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('agrees with node:crypto on any bytes and text, across block boundaries', () => {
		for (const n of [55, 56, 63, 64, 65, 119, 120, 128, 1000])
			expect(sha256HexSync(new Uint8Array(n).fill(n))).toBe(node(new Uint8Array(n).fill(n)));
		fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256HexSync(bytes) === node(bytes)));
		fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => sha256HexSync(text) === node(text)));
	});
});
