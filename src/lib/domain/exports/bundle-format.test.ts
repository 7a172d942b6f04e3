// The backup bundle's format checks (pb_hooks/lib/bundle.js), run here in Node as the restore route runs them.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Problem = { where: string; message: string };
const format = require('../../../../pb_hooks/lib/bundle.js') as {
	problems(bundle: unknown, sha256: (s: string) => string): Problem[];
	entry(
		id: string,
		values: Record<string, unknown>,
		sha256: (s: string) => string
	): { id: string; values: Record<string, unknown>; sha256: Record<string, string> };
	signedText(bundle: unknown): string;
};
/** The same value with every object's keys in reverse order. */
const reverseKeys = (v: unknown): unknown =>
	Array.isArray(v)
		? v.map(reverseKeys)
		: v && typeof v === 'object'
			? Object.fromEntries(
					Object.keys(v)
						.reverse()
						.map((k) => [k, reverseKeys((v as Record<string, unknown>)[k])])
				)
			: v;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

type Entry = ReturnType<typeof format.entry>;
type Collection = { name: string; fields: Record<string, string>; records: Entry[] };

function sample(): { collections: Collection[]; files: Record<string, unknown>[] } & Record<string, unknown> {
	return {
		format: 'mamori-bundle',
		version: 1,
		created: '2026-12-01T00:00:00.000Z',
		organisation: 'org000000000001',
		collections: [
			{
				name: 'organisations',
				fields: { name: 'text', fy_start_month: 'number', admins: 'relation' },
				records: [format.entry('org000000000001', { name: '東都電力', fy_start_month: 4, admins: ['usr000000000001'] }, sha256)]
			},
			{
				name: 'evidence_revisions',
				fields: { organisation: 'relation', file: 'file', size: 'number' },
				records: [format.entry('rev000000000001', { organisation: 'org000000000001', file: 'policy_abc.pdf', size: 3 }, sha256)]
			}
		],
		files: [
			{
				collection: 'evidence_revisions',
				record: 'rev000000000001',
				field: 'file',
				name: 'policy_abc.pdf',
				size: 3,
				sha256: 'a'.repeat(64),
				data: 'YWJj'
			}
		],
		signature: 'b'.repeat(64)
	};
}

describe('backup bundle format', () => {
	it('accepts a well-formed bundle', () => {
		expect(format.problems(sample(), sha256)).toEqual([]);
	});

	it('names the record and field of a value that no longer matches its hash', () => {
		const bundle = sample();
		bundle.collections[0].records[0].values.name = '東都電カ';
		expect(format.problems(bundle, sha256)).toEqual([
			{
				where: 'organisations[0] (id org000000000001) field "name"',
				message: 'the value does not match its SHA-256 (changed after export)'
			}
		]);
	});

	it('refuses unknown fields, wrong types, missing files and files no record names', () => {
		const bundle = sample();
		bundle.collections[0].records[0] = format.entry('org000000000001', { name: 'x', fy_start_month: '4', nickname: 'y' }, sha256);
		bundle.files[0].name = 'other.pdf';
		const wheres = format.problems(bundle, sha256).map((p) => `${p.where}: ${p.message}`);
		expect(wheres).toEqual([
			'organisations[0] (id org000000000001) field "fy_start_month": must be a number (type number)',
			'organisations[0] (id org000000000001) field "nickname": is not a field of organisations',
			'files[0] (evidence_revisions/rev000000000001 file "other.pdf"): is not named by its record',
			'evidence_revisions (id rev000000000001) field "file": names file "policy_abc.pdf", which the bundle does not hold'
		]);
	});

	it('treats names of built-in object properties (constructor, toString) as plain names', () => {
		const bundle = sample();
		const fields = { ...bundle.collections[1].fields, constructor: 'text', toString: 'constructor' };
		const records = [
			format.entry('constructor', { organisation: 'org000000000001', constructor: 'a', size: 1 }, sha256),
			format.entry('toString', { organisation: 'org000000000001', size: 2 }, sha256)
		];
		bundle.collections = [bundle.collections[0], { name: 'constructor', fields, records }];
		bundle.files = [];
		const found = format.problems(bundle, sha256).map((p) => `${p.where}: ${p.message}`);
		expect(found).toEqual(['constructor.fields.toString: unsupported field type "constructor"']);
		bundle.collections[1].fields = { organisation: 'relation', constructor: 'text', size: 'number' };
		expect(format.problems(bundle, sha256)).toEqual([]);
		bundle.collections.push({ name: 'toString', fields: {}, records: [] });
		expect(format.problems(bundle, sha256)).toEqual([]);
	});

	it('says plainly when a file is not a mamori bundle at all', () => {
		expect(format.problems([], sha256)).toEqual([{ where: '(bundle)', message: 'is not a JSON object' }]);
		expect(format.problems({ catalog: {} }, sha256)[0]).toEqual({
			where: 'format',
			message: 'must be "mamori-bundle" (this is not a mamori backup bundle)'
		});
	});

	it('signs everything but the file bytes, in any key order', () => {
		const a = sample();
		const b = { ...sample(), files: [{ ...sample().files[0], data: 'ZGlmZmVyZW50' }] };
		expect(format.signedText(b)).toBe(format.signedText(a));
		const reordered = reverseKeys(a);
		expect(format.signedText(reordered)).toBe(format.signedText(a));
		expect(format.signedText({ ...a, organisation: 'org000000000002' })).not.toBe(format.signedText(a));
	});

	it('hashes every value so that any change to it is found', () => {
		const value = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(fc.string()));
		fc.assert(
			fc.property(value, value, (before, after) => {
				fc.pre(
					JSON.stringify(before) !== JSON.stringify(after) &&
						!(Object.is(before, 0) && Object.is(after, -0)) &&
						!(Object.is(before, -0) && Object.is(after, 0))
				);
				const bundle = sample();
				const fields = { ...bundle.collections[0].fields, extra: 'json' };
				const entry = format.entry('org000000000001', { ...bundle.collections[0].records[0].values, extra: before }, sha256);
				entry.values.extra = after;
				const collections: Collection[] = [{ ...bundle.collections[0], fields, records: [entry] }, bundle.collections[1]];
				return format.problems({ ...bundle, collections }, sha256).some((p) => p.where.endsWith('field "extra"'));
			})
		);
	});

	it('lists problems for any malformed bundle and never throws (null collections, records, files)', () => {
		const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
		const part = fc.oneof(
			fc.jsonValue(),
			fc.array(
				fc.oneof(fc.constant(null), fc.jsonValue(), fc.record({ name: fc.constant('x'), fields: fc.jsonValue(), records: fc.jsonValue() }))
			)
		);
		fc.assert(
			fc.property(part, part, (collections, files) => {
				const found = format.problems({ format: 'mamori-bundle', version: 1, collections, files }, sha256);
				expect(found.length).toBeGreaterThan(0);
				for (const p of found) expect(typeof p.where).toBe('string');
			}),
			{ numRuns: 300 }
		);
		// it once read `records` of a null collection (an HTTP 400 without saying where)
		expect(() => format.problems({ collections: [null], files: [null] }, sha256)).not.toThrow();
	});
});
