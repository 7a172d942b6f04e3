// The app's schema facts (src/lib/domain/schema) against the live PocketBase
// collections, field by field: select values, lengths, patterns, bounds,
// sizes, required. One row per collection in SCHEMA; a field in the live
// collection that the row does not list fails too, so a migration cannot add
// a limit the app does not know. See ARCHITECTURE.md "Adding a collection".
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA, type FieldFact } from '$lib/domain/schema';
import { superuserClient } from './support/world';

const require = createRequire(import.meta.url);
const { AUDITED } = require('../../pb_hooks/lib/collections.js') as { AUDITED: string[] };

interface LiveField {
	name: string;
	type: string;
	system?: boolean;
	required?: boolean;
	max?: number | null;
	min?: number | null;
	pattern?: string;
	values?: string[];
	maxSelect?: number;
	minSelect?: number;
	maxSize?: number;
	mimeTypes?: string[];
	onlyInt?: boolean;
}

/** Field types whose facts the app does not restate (PocketBase's own formats). */
const FACTLESS = new Set(['autodate', 'bool', 'date', 'email', 'password', 'url']);
/** PocketBase's defaults for a 0 in a migration. */
const TEXT_DEFAULT_MAX = 5000;
const FILE_DEFAULT_MAX = 5 << 20;
const JSON_DEFAULT_MAX = 1 << 20;

/** The live field expressed as a fact, so both sides compare as one value. */
function liveFact(field: LiveField): FieldFact | { type: string } {
	switch (field.type) {
		case 'text':
			return {
				type: 'text',
				max: field.max || TEXT_DEFAULT_MAX,
				min: field.min ?? 0,
				pattern: field.pattern ?? '',
				required: !!field.required
			};
		case 'select':
			return { type: 'select', values: [...(field.values ?? [])].sort(), maxSelect: field.maxSelect ?? 1, required: !!field.required };
		case 'number':
			return { type: 'number', min: field.min ?? null, max: field.max ?? null, onlyInt: !!field.onlyInt, required: !!field.required };
		case 'json':
			return { type: 'json', maxSize: field.maxSize || JSON_DEFAULT_MAX, required: !!field.required };
		case 'file':
			return {
				type: 'file',
				maxSize: field.maxSize || FILE_DEFAULT_MAX,
				maxSelect: field.maxSelect ?? 1,
				mimeTypes: [...(field.mimeTypes ?? [])].sort()
			};
		case 'relation':
			return { type: 'relation', maxSelect: field.maxSelect ?? 1, minSelect: field.minSelect ?? 0, required: !!field.required };
		default:
			return { type: field.type };
	}
}

function appFact(fact: FieldFact): FieldFact {
	if (fact.type === 'select') return { ...fact, values: [...fact.values].sort() };
	if (fact.type === 'file') return { ...fact, mimeTypes: [...fact.mimeTypes].sort() };
	return { ...fact };
}

describe('schema facts match the live PocketBase collections', () => {
	let live: Map<string, LiveField[]>;
	beforeAll(async () => {
		const pb = await superuserClient();
		const collections = await pb.collections.getFullList<{ name: string; fields: LiveField[] }>();
		live = new Map(collections.map((c) => [c.name, c.fields]));
	});

	it('lists every audited collection', () => {
		const listed = new Set(SCHEMA.map((row) => row.collection));
		expect(AUDITED.filter((name) => !listed.has(name))).toEqual([]);
	});

	for (const row of SCHEMA) {
		it(`${row.collection}: every field fact`, () => {
			const fields = live.get(row.collection);
			expect(fields, `collection ${row.collection} exists`).toBeDefined();
			const byName = new Map((fields ?? []).map((f) => [f.name, f]));
			const mismatches: string[] = [];
			for (const [name, fact] of Object.entries(row.fields)) {
				const field = byName.get(name);
				if (!field) {
					mismatches.push(`${name}: not in the live collection`);
					continue;
				}
				const got = JSON.stringify(liveFact(field));
				const want = JSON.stringify(appFact(fact));
				if (got !== want) mismatches.push(`${name}: app ${want} ≠ live ${got}`);
			}
			for (const field of fields ?? []) {
				if (field.system || FACTLESS.has(field.type) || row.unused?.includes(field.name)) continue;
				if (!(field.name in row.fields)) mismatches.push(`${field.name}: in the live collection, missing from the app's facts`);
			}
			expect(mismatches).toEqual([]);
		});
	}
});
