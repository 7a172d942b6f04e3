import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, formatReportId, isReportId, newReportId, sha256Hex, snapshotSha256 } from './integrity';

/** Rebuilds a JSON value with every object's keys in a shuffled order. */
function shuffleKeys(value: unknown, seed: number): unknown {
	if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i));
	if (value === null || typeof value !== 'object') return value;
	const keys = Object.keys(value);
	const order = keys.map((k, i) => ({ k, r: Math.sin(seed * 9301 + i * 49297) })).sort((a, b) => a.r - b.r);
	// fromEntries defines own properties, so a "__proto__" key stays a key (assignment would set the prototype)
	return Object.fromEntries(order.map(({ k }) => [k, shuffleKeys((value as Record<string, unknown>)[k], seed + 1)]));
}

describe('canonicalJson', () => {
	it('sorts keys at every depth and leaves out whitespace', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
	});

	it('drops undefined members, keeps Japanese text as is', () => {
		expect(canonicalJson({ a: undefined, 名前: '東都電力' })).toBe('{"名前":"東都電力"}');
	});

	it('refuses values that are not plain JSON', () => {
		expect(() => canonicalJson({ at: new Date(0) })).toThrow(/plain object at \$\.at/);
		expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non-finite/);
		expect(() => canonicalJson({ f: () => 1 })).toThrow(/unsupported function/);
	});
});

describe('snapshotSha256', () => {
	it('is the SHA-256 of the canonical JSON', async () => {
		expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(await snapshotSha256({ b: 2, a: 1 })).toBe(await sha256Hex('{"a":1,"b":2}'));
	});

	it('does not depend on key order (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 1, max: 1000 }), async (value, seed) => {
				const plain = JSON.parse(JSON.stringify(value)) as unknown;
				expect(await snapshotSha256(shuffleKeys(plain, seed))).toBe(await snapshotSha256(plain));
			}),
			{ numRuns: 150 }
		);
	});

	it('leaves out only the moment the snapshot was taken', async () => {
		const data = { organisation: { name: '東都電力' }, items: [{ id: 'GOV-01', status: 'implemented' }] };
		expect(await snapshotSha256({ ...data, generatedAt: '2026-11-22T00:00:00.000Z' })).toBe(
			await snapshotSha256({ ...data, generatedAt: '2027-01-01T09:00:00.000Z' })
		);
		expect(await snapshotSha256({ ...data, generatedAt: 'x' })).toBe(await snapshotSha256(data));
	});

	it('changes when any value changes', async () => {
		const base = { organisation: { name: '東都電力' }, items: [{ id: 'GOV-01', status: 'implemented' }] };
		const changed = { organisation: { name: '東都電力' }, items: [{ id: 'GOV-01', status: 'partial' }] };
		expect(await snapshotSha256(changed)).not.toBe(await snapshotSha256(base));
	});
});

describe('report IDs', () => {
	it('formats year and 40 random bits as 8 base32 characters', () => {
		expect(formatReportId(2026, new Uint8Array([0, 0, 0, 0, 0]))).toBe('MR-2026-AAAAAAAA');
		expect(formatReportId(2026, new Uint8Array([255, 255, 255, 255, 255]))).toBe('MR-2026-77777777');
		expect(formatReportId(2027, new Uint8Array([0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('MR-2027-BBBBBBBB');
	});

	it('makes random IDs that match the pattern', () => {
		const ids = new Set(Array.from({ length: 50 }, () => newReportId(2026)));
		expect(ids.size).toBe(50);
		for (const id of ids) expect(isReportId(id)).toBe(true);
		expect(isReportId('MR-2026-abcdefgh')).toBe(false);
		expect(isReportId('MR-2026-ABCDEFG1')).toBe(false);
	});
});
