import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	contrastRatio,
	criteriaContentSchema,
	defaultGrid,
	gridProblems,
	remapRating,
	requiresTreatment,
	riskLevel,
	textOn
} from './criteria';
import { defaultCriteria, resizeCriteria } from './criteria-defaults';
import { arbitraryCriteria } from './testing/arbitraries';

describe('risk criteria', () => {
	it('the default is 5×5 with four levels, written against severity 0–4, and valid', () => {
		const c = defaultCriteria();
		expect([c.likelihood.length, c.impact.length, c.bands.length]).toEqual([5, 5, 4]);
		expect(c.impact.map((i) => i.severity)).toEqual([0, 1, 2, 3, 4]);
		expect(criteriaContentSchema.safeParse(c).success).toBe(true);
		expect(c.grid).toEqual([
			[0, 0, 0, 0, 1],
			[0, 0, 1, 1, 2],
			[0, 1, 1, 2, 2],
			[0, 1, 2, 2, 3],
			[1, 2, 2, 3, 3]
		]);
	});

	it('every default size and level count from 3×3 to 6×6 is valid', () => {
		for (const nL of [3, 4, 5, 6])
			for (const nI of [3, 4, 5, 6])
				for (const nB of [2, 3, 4, 5]) {
					expect(criteriaContentSchema.safeParse(defaultCriteria(nL, nI, nB)).success, `${nL}×${nI}/${nB}`).toBe(true);
				}
	});

	it('levels never fall as likelihood or consequence rises (any valid criteria)', () => {
		fc.assert(
			fc.property(arbitraryCriteria, fc.nat(), fc.nat(), fc.nat(), (c, a, b, k) => {
				const nL = c.likelihood.length;
				const nI = c.impact.length;
				const l = (a % nL) + 1;
				const i = (b % nI) + 1;
				const level = riskLevel(c, l, i) ?? -1;
				if (l < nL) expect(riskLevel(c, l + 1, i) ?? -1).toBeGreaterThanOrEqual(level);
				if (i < nI) expect(riskLevel(c, l, i + 1) ?? -1).toBeGreaterThanOrEqual(level);
				const l2 = Math.min(nL, l + (k % nL));
				const i2 = Math.min(nI, i + (k % nI));
				expect(riskLevel(c, l2, i2) ?? -1).toBeGreaterThanOrEqual(level);
			})
		);
	});

	it('default grids are monotonic, use the lowest level at 1×1 and the highest at the top corner', () => {
		fc.assert(
			fc.property(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 3, max: 6 }), fc.integer({ min: 2, max: 5 }), (nL, nI, nB) => {
				const grid = defaultGrid(nL, nI, nB);
				expect(gridProblems({ ...defaultCriteria(nL, nI, nB), grid })).toEqual([]);
				expect(grid[0][0]).toBe(0);
				expect(grid[nI - 1][nL - 1]).toBe(nB - 1);
			})
		);
	});

	it('an unrated likelihood or consequence has no level', () => {
		const c = defaultCriteria();
		for (const [l, i] of [
			[0, 3],
			[3, 0],
			[6, 1],
			[2.5, 2],
			[Number.NaN, 1]
		])
			expect(riskLevel(c, l, i)).toBeNull();
		expect(requiresTreatment(c, null)).toBe(false);
		expect(requiresTreatment(c, 2)).toBe(true);
		expect(requiresTreatment(c, 1)).toBe(false);
	});

	it('refuses a grid that falls, a tolerance at the top, a cell naming no level, a decreasing severity', () => {
		const c = defaultCriteria();
		const falling = structuredClone(c);
		falling.grid[4][4] = 0;
		expect(gridProblems(falling)).toContainEqual({ path: ['grid', 4, 4], message: 'grid_order' });
		expect(gridProblems({ ...c, tolerance: 3 })).toEqual([{ path: ['tolerance'], message: 'tolerance' }]);
		const unknown = structuredClone(c);
		unknown.grid[0][0] = 9;
		expect(gridProblems(unknown)[0]).toEqual({ path: ['grid', 0, 0], message: 'grid_band' });
		const severity = structuredClone(c);
		severity.impact[2].severity = 0;
		expect(gridProblems(severity)).toContainEqual({ path: ['impact', 2, 'severity'], message: 'severity_order' });
		expect(gridProblems({ ...c, grid: c.grid.slice(1) })).toEqual([{ path: ['grid'], message: 'grid_size' }]);
	});

	it('resizing keeps texts of unchanged scales and always gives valid criteria', () => {
		fc.assert(
			fc.property(
				arbitraryCriteria,
				fc.integer({ min: 3, max: 6 }),
				fc.integer({ min: 3, max: 6 }),
				fc.integer({ min: 2, max: 5 }),
				(c, nL, nI, nB) => {
					const r = resizeCriteria(c, nL, nI, nB);
					expect(criteriaContentSchema.safeParse(r).success).toBe(true);
					if (nL === c.likelihood.length) expect(r.likelihood).toEqual(c.likelihood);
					if (nL === c.likelihood.length && nI === c.impact.length && nB === c.bands.length) expect(r).toEqual(c);
				}
			)
		);
	});

	it('re-evaluation proposals keep the order and the ends of a scale', () => {
		fc.assert(
			fc.property(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 3, max: 6 }), (from, to) => {
				const mapped = Array.from({ length: from }, (_, k) => remapRating(k + 1, from, to));
				expect(mapped[0]).toBe(1);
				expect(mapped[from - 1]).toBe(to);
				for (let k = 1; k < from; k++) expect(mapped[k]).toBeGreaterThanOrEqual(mapped[k - 1]);
				for (const v of mapped) expect(v >= 1 && v <= to).toBe(true);
			})
		);
		expect(remapRating(4, 5, 5)).toBe(4);
	});

	it('level colours get a text colour with at least 4.5:1 contrast', () => {
		for (const nB of [2, 3, 4, 5])
			for (const band of defaultCriteria(5, 5, nB).bands) expect(contrastRatio(band.color, textOn(band.color))).toBeGreaterThanOrEqual(4.5);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
				const color = `#${n.toString(16).padStart(6, '0')}`;
				expect(contrastRatio(color, textOn(color))).toBeGreaterThanOrEqual(4.5);
			})
		);
	});
});
