import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, diffSections, MAX_DIFF_CELLS } from './diff';

describe('diffLines', () => {
	it('keeps equal text as same rows', () => {
		expect(diffLines(['a', 'b'], ['a', 'b'])).toEqual([
			{ kind: 'same', left: 'a', right: 'a' },
			{ kind: 'same', left: 'b', right: 'b' }
		]);
	});

	it('shows a replaced line as one changed row, side by side', () => {
		expect(diffLines(['# 目的', 'RTO は 4時間', '以上'], ['# 目的', 'RTO は 2時間', '以上'])).toEqual([
			{ kind: 'same', left: '# 目的', right: '# 目的' },
			{ kind: 'changed', left: 'RTO は 4時間', right: 'RTO は 2時間' },
			{ kind: 'same', left: '以上', right: '以上' }
		]);
	});

	it('shows insertions and deletions', () => {
		expect(diffLines(['a', 'c'], ['a', 'b', 'c'])).toEqual([
			{ kind: 'same', left: 'a', right: 'a' },
			{ kind: 'added', right: 'b' },
			{ kind: 'same', left: 'c', right: 'c' }
		]);
		expect(diffLines(['a', 'b', 'c'], ['a', 'c']).map((r) => r.kind)).toEqual(['same', 'removed', 'same']);
		expect(diffLines([], ['x'])).toEqual([{ kind: 'added', right: 'x' }]);
	});

	it('aligns moved blocks by the longest common subsequence', () => {
		const rows = diffLines(['x', 'a', 'b', 'c'], ['a', 'b', 'c', 'y']);
		expect(rows.map((r) => r.kind)).toEqual(['removed', 'same', 'same', 'same', 'added']);
	});

	it('always rebuilds both sides exactly', () => {
		const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 });
		fc.assert(
			fc.property(lines, lines, (a, b) => {
				const rows = diffLines(a, b);
				expect(rows.filter((r) => r.left !== undefined).map((r) => r.left)).toEqual(a);
				expect(rows.filter((r) => r.right !== undefined).map((r) => r.right)).toEqual(b);
				if (JSON.stringify(a) === JSON.stringify(b)) expect(rows.every((r) => r.kind === 'same')).toBe(true);
			})
		);
	});

	it('stays correct and quick on very long, fully different texts', () => {
		const size = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 10;
		const a = Array.from({ length: size }, (_, i) => `old ${i}`);
		const b = Array.from({ length: size }, (_, i) => `new ${i}`);
		const rows = diffLines(a, b);
		expect(rows).toHaveLength(size);
		expect(rows.every((r) => r.kind === 'changed')).toBe(true);
	});
});

describe('diffSections', () => {
	it('marks which sections changed and keeps removed sections', () => {
		const older = [
			{ key: 'scope', title: '目的', lines: ['a'] },
			{ key: 'old', title: '旧', lines: ['z'] }
		];
		const newer = [
			{ key: 'scope', title: '目的', lines: ['a'] },
			{ key: 'bia', title: 'BIA', lines: ['row'] }
		];
		const diff = diffSections(older, newer);
		expect(diff.map((d) => [d.key, d.changed])).toEqual([
			['scope', false],
			['bia', true],
			['old', true]
		]);
		expect(diff[2].rows).toEqual([{ kind: 'removed', left: 'z' }]);
	});
});
