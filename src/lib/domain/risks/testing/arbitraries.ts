/** fast-check generators for the risk domain's property tests (test code only). */
import fc from 'fast-check';
import type { CriteriaContent } from '../criteria';
import { defaultCriteria } from '../criteria-defaults';

/** Valid criteria of any size: default texts, a random monotonic grid, a random tolerance. */
export const arbitraryCriteria: fc.Arbitrary<CriteriaContent> = fc
	.record({ nL: fc.integer({ min: 3, max: 6 }), nI: fc.integer({ min: 3, max: 6 }), nB: fc.integer({ min: 2, max: 5 }) })
	.chain(({ nL, nI, nB }) =>
		fc
			.record({
				raw: fc.array(fc.array(fc.integer({ min: 0, max: nB - 1 }), { minLength: nL, maxLength: nL }), { minLength: nI, maxLength: nI }),
				tolerance: fc.integer({ min: 0, max: nB - 2 })
			})
			.map(({ raw, tolerance }) => {
				const base = defaultCriteria(nL, nI, nB);
				const grid = raw.map((row) => [...row]);
				for (let i = 0; i < nI; i++)
					for (let l = 0; l < nL; l++) grid[i][l] = Math.max(grid[i][l], i > 0 ? grid[i - 1][l] : 0, l > 0 ? grid[i][l - 1] : 0);
				return { ...base, grid, tolerance };
			})
	);
