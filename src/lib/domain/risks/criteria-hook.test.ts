// The database hook (pb_hooks/lib/risk-criteria.js) and the app's zod schema
// state the same rules for risk-criteria content: they must agree on every
// input, valid or broken, and compute the same level.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaContentSchema, riskLevel, type CriteriaContent } from './criteria';
import { arbitraryCriteria } from './testing/arbitraries';

const require = createRequire(import.meta.url);
const hook = require('../../../../pb_hooks/lib/risk-criteria.js') as {
	validate(c: unknown): string | null;
	level(c: CriteriaContent, l: number, i: number): number;
};

type Mutation = (c: CriteriaContent, n: number) => unknown;
const pick = <T>(list: T[], n: number): T => list[n % list.length];

const MUTATIONS: Mutation[] = [
	(c, n) => {
		const g = structuredClone(c.grid);
		pick(g, n)[n % c.likelihood.length] = (n % 7) - 1;
		return { ...c, grid: g };
	},
	(c, n) => ({ ...c, tolerance: (n % 7) - 1 }),
	(c, n) => ({ ...c, likelihood: c.likelihood.slice(0, n % 8) }),
	(c, n) => ({ ...c, impact: [...c.impact, ...c.impact].slice(0, n % 9) }),
	(c, n) => ({
		...c,
		bands: c.bands.map((b, k) => (k === n % c.bands.length ? { ...b, color: pick(['#FFFFFF', 'red', '#12345', '#abcdef'], n) } : b))
	}),
	(c, n) => ({ ...c, bands: c.bands.map((b, k) => (k === n % c.bands.length ? { ...b, reviewMonths: pick([0, 1, 60, 61, 2.5], n) } : b)) }),
	(c, n) => ({ ...c, impact: c.impact.map((l, k) => (k === n % c.impact.length ? { ...l, severity: pick([-1, 0, 4, 5, 1.5], n) } : l)) }),
	(c, n) => ({
		...c,
		likelihood: c.likelihood.map((l, k) =>
			k === n % c.likelihood.length ? { ...l, label: { ja: pick(['', '  ', 'x'.repeat(61), 'ok'], n), en: '' } } : l
		)
	}),
	(c, n) => ({
		...c,
		impact: c.impact.map((l, k) => (k === n % c.impact.length ? { ...l, trust: { ja: 'x'.repeat(499 + (n % 3)), en: '' } } : l))
	}),
	(c) => ({ ...c, extra: true }),
	(c, n) => {
		const copy: Record<string, unknown> = { ...c };
		delete copy[pick(['likelihood', 'impact', 'bands', 'grid', 'tolerance'], n)];
		return copy;
	},
	(c, n) => ({ ...c, grid: c.grid.map((row, k) => (k === n % c.grid.length ? row.slice(1) : row)) }),
	(c, n) => ({ ...c, bands: c.bands.map((b, k) => (k === n % c.bands.length ? { ...b, note: 'x' } : b)) }),
	() => pick([null, 'criteria', 42, [], {}], 0)
];

describe('criteria validation in the database hook', () => {
	it('agrees with the app schema on valid criteria and on every kind of broken criteria', () => {
		fc.assert(
			fc.property(arbitraryCriteria, fc.nat({ max: MUTATIONS.length }), fc.nat(), (c, m, n) => {
				const input = m === MUTATIONS.length ? c : MUTATIONS[m](c, n);
				const app = criteriaContentSchema.safeParse(input).success;
				expect(hook.validate(input) === null, JSON.stringify(input).slice(0, 300)).toBe(app);
			}),
			{ numRuns: 2000 }
		);
	});

	it('computes the same level as the domain', () => {
		fc.assert(
			fc.property(arbitraryCriteria, fc.integer({ min: -1, max: 7 }), fc.integer({ min: -1, max: 7 }), (c, l, i) => {
				expect(hook.level(c, l, i)).toBe(riskLevel(c, l, i) ?? -1);
			})
		);
	});
});
