// The rule for PocketBase JSVM code (ARCHITECTURE.md "Typed hooks and
// migrations"): every file of pb_hooks/ and pb_migrations/ starts with
// `// @ts-check` and a reference to PocketBase's types kept in the repo, and
// `npm test` type-checks them (tsc -p pb_hooks).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE: Record<string, string> = {
	pb_migrations: '../pb_hooks/types/pocketbase.d.ts',
	pb_hooks: './types/pocketbase.d.ts',
	'pb_hooks/lib': '../types/pocketbase.d.ts'
};

describe('pb_hooks and pb_migrations', () => {
	const files = Object.keys(REFERENCE).flatMap((dir) =>
		readdirSync(join(ROOT, dir))
			.filter((name) => name.endsWith('.js'))
			.map((name) => ({ dir, file: join(ROOT, dir, name) }))
	);

	it('are there to check', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	for (const { dir, file } of files) {
		it(`${relative(ROOT, file)} starts with // @ts-check and the reference to PocketBase's types`, () => {
			const [first, second] = readFileSync(file, 'utf8').split('\n');
			expect(first, 'first line').toBe('// @ts-check');
			expect(second, 'second line').toBe(`/// <reference path="${REFERENCE[dir]}" />`);
		});
	}
});
