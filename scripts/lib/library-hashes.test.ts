import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_HASHES_FILE, libraryHashes } from './library-hashes';

describe('pb_hooks/lib/library-checklists.json', () => {
	it('lists the hash of every library checklist as it is now (run `npm run checklists:hashes` after changing checklists/)', async () => {
		const expected = await libraryHashes();
		expect(Object.keys(expected).length).toBeGreaterThan(10);
		expect(JSON.parse(readFileSync(LIBRARY_HASHES_FILE, 'utf8'))).toEqual(expected);
	});
});
