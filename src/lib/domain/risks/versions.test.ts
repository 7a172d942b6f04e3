import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCriteria } from './criteria-defaults';
import { arbitraryCriteria } from './testing/arbitraries';
import { currentCriteria, levelsOf, openVersion, type Analysis, type CriteriaVersion } from './versions';

const signed = (version: number, content = defaultCriteria()): CriteriaVersion => ({
	id: `v${version}`,
	version,
	status: 'signed',
	content
});

const arbitraryRating = fc.record({ likelihood: fc.integer({ min: 1, max: 6 }), impact: fc.integer({ min: 1, max: 6 }) });
const arbitraryAnalysis = (ids: string[]) =>
	fc.record({
		criteria: fc.constantFrom(...ids),
		inherent: fc.option(arbitraryRating, { nil: null }),
		current: fc.option(arbitraryRating, { nil: null }),
		target: fc.option(arbitraryRating, { nil: null })
	});

describe('criteria versions', () => {
	it('the version in force is the highest approved one; drafts never count', () => {
		const versions: CriteriaVersion[] = [
			signed(1),
			signed(3),
			{ id: 'v4', version: 4, status: 'submitted', content: defaultCriteria() },
			signed(2)
		];
		expect(currentCriteria(versions)?.id).toBe('v3');
		expect(openVersion(versions)?.id).toBe('v4');
		expect(currentCriteria([{ id: 'x', version: 1, status: 'draft', content: defaultCriteria() }])).toBeNull();
		expect(currentCriteria([{ id: 'x', version: 2, status: 'signed', content: null }, signed(1)])?.id).toBe('v1');
	});

	it('a new version never changes the levels of past analyses, and marks them for re-evaluation', () => {
		fc.assert(
			fc.property(
				fc.array(arbitraryCriteria, { minLength: 1, maxLength: 4 }),
				arbitraryCriteria,
				fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
				fc.nat(),
				(contents, next, picks, seed) => {
					const versions = contents.map((c, k) => signed(k + 1, c));
					const analyses: Analysis[] = picks.map(
						(p, k) => fc.sample(arbitraryAnalysis(versions.map((v) => v.id)), { numRuns: 1, seed: seed + p + k })[0]
					);
					const before = analyses.map((a) => levelsOf(a, versions));
					const after = analyses.map((a) => levelsOf(a, [...versions, signed(versions.length + 1, next)]));
					after.forEach((levels, k) => {
						expect([levels.inherent, levels.current, levels.target]).toEqual([before[k].inherent, before[k].current, before[k].target]);
						expect(levels.version?.id).toBe(before[k].version?.id);
						expect(levels.stale).toBe(true);
					});
				}
			)
		);
	});

	it('an analysis on the version in force is not stale; one naming no approved version has no levels', () => {
		const versions = [signed(1), signed(2)];
		const rating = { likelihood: 5, impact: 5 };
		expect(levelsOf({ criteria: 'v2', inherent: rating, current: null, target: null }, versions)).toMatchObject({
			inherent: 3,
			stale: false
		});
		expect(levelsOf({ criteria: 'v1', inherent: rating, current: null, target: null }, versions)).toMatchObject({
			inherent: 3,
			stale: true
		});
		expect(levelsOf({ criteria: 'nope', inherent: rating, current: rating, target: rating }, versions)).toMatchObject({
			inherent: null,
			current: null,
			target: null,
			version: null,
			stale: false
		});
	});
});
