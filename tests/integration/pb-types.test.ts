// The PocketBase JSVM types kept in the repo (pb_hooks/types/pocketbase.d.ts)
// are the ones the PocketBase we run writes, with scripts/pb-types.js's
// documented adjustments: after a PocketBase upgrade this fails until
// `node scripts/pb-types.js` has refreshed them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { adjustTypes } from '../../scripts/pb-types.js';

describe('PocketBase JSVM types', () => {
	it('match what the running PocketBase generates', () => {
		const generated = readFileSync(join(inject('pbDataDir'), 'types.d.ts'), 'utf8');
		const kept = readFileSync(new URL('../../pb_hooks/types/pocketbase.d.ts', import.meta.url), 'utf8');
		// the first line is PocketBase's generation timestamp
		const lines = (text: string) => text.split('\n').filter((line) => !/^\/\/ \d+$/.test(line));
		const want = lines(adjustTypes(generated));
		const got = lines(kept);
		const first = want.findIndex((line, i) => line !== got[i]);
		expect(first === -1 && got.length === want.length, `first difference at line ${first + 1}: ${got[first]} ≠ ${want[first]}`).toBe(true);
	});
});
