// pb_hooks/lib/audit.js: what an audit entry records for large values, run in
// Node with the one JSVM global it needs ($security.sha256) supplied.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface Large {
	$large: { sha256: string; bytes: number; shape: { type: string; keys?: number; length?: number } };
}
type Change = { before: unknown; after: unknown; diff?: { paths: string[]; truncated: boolean } };
let diff: (before: unknown, after: unknown) => Record<string, Change>;
let INLINE_BYTES: number;

beforeAll(() => {
	(globalThis as { $security?: unknown }).$security = { sha256 };
	({ diff, INLINE_BYTES } = require('../../../pb_hooks/lib/audit.js'));
});

function checklist(items: number, text = 'あ'.repeat(200)) {
	return {
		id: 'big',
		sections: [
			{ id: 'A', items: Array.from({ length: items }, (_, i) => ({ id: `A-${i}`, guidance: text })) },
			{ id: 'B', items: [{ id: 'B-1', guidance: 'short' }] }
		]
	};
}

describe('audit entries of large values', () => {
	it('keeps small values inline', () => {
		expect(diff({ name: 'a' }, { name: 'b' })).toEqual({ name: { before: 'a', after: 'b' } });
	});

	it('stores a large created value as its SHA-256, UTF-8 size and shape', () => {
		const content = checklist(500);
		const json = JSON.stringify(content);
		expect(Buffer.byteLength(json)).toBeGreaterThan(INLINE_BYTES);
		const changes = diff(null, { content, title: 'T' });
		expect(changes.title).toEqual({ before: null, after: 'T' });
		const after = changes.content.after as Large;
		expect(after.$large.sha256).toBe(sha256(json));
		expect(after.$large.bytes).toBe(Buffer.byteLength(json));
		expect(after.$large.shape).toMatchObject({ type: 'object', keys: 2 });
		expect(changes.content.before).toBeNull();
		expect(JSON.stringify(changes).length).toBeLessThan(10_000);
	});

	it('summarises a large change by the paths added, removed and changed', () => {
		const before = checklist(500);
		const after = checklist(500);
		after.sections[0].items[3].guidance = 'changed';
		after.sections[0].items.splice(10, 1);
		after.sections[1].items.push({ id: 'B-2', guidance: 'new' });
		const change = diff({ content: before }, { content: after }).content;
		expect((change.before as Large).$large.sha256).toBe(sha256(JSON.stringify(before)));
		expect((change.after as Large).$large.sha256).toBe(sha256(JSON.stringify(after)));
		expect(change.diff).toEqual({
			paths: ['~sections[A].items[A-3].guidance', '-sections[A].items[A-10]', '+sections[B].items[B-2]'],
			truncated: false
		});
	});

	it('keeps every entry under the field limit, however many large fields change', () => {
		const big = (n: number) => 'x'.repeat(60_000) + n;
		const before = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, big(i)]));
		const after = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, big(i + 1)]));
		const json = JSON.stringify(diff(before, after));
		expect(json.length).toBeLessThan(2_000_000);
	});

	it('caps a diff summary and says so', () => {
		const before = checklist(400);
		const after = checklist(400, 'い'.repeat(200));
		const change = diff({ content: before }, { content: after }).content;
		expect(change.diff?.paths.length).toBe(100);
		expect(change.diff?.truncated).toBe(true);
	});
});
