import { describe, expect, it } from 'vitest';
import { findTooDeep } from './json-depth';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('findTooDeep', () => {
	it('accepts nesting up to the limit and names the line past it', () => {
		expect(findTooDeep(nested(64), 64)).toBeNull();
		expect(findTooDeep(`{\n"a":\n${nested(65)}}`, 64)).toEqual({ line: 3 });
	});

	it('ignores brackets inside strings, also after escaped quotes', () => {
		expect(findTooDeep(JSON.stringify({ a: '[[[[[[', b: 'say \\"[[[[[["' }), 2)).toBeNull();
	});

	it('handles 100,000 levels without recursion', () => {
		expect(findTooDeep(nested(100_000), 64)).toEqual({ line: 1 });
	});
});
