import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCriteria } from './criteria-defaults';
import { dueForReview, evaluate, heatMap, prioritise, type RiskInput } from './register';
import type { CriteriaVersion, Rating } from './versions';

const v1: CriteriaVersion = { id: 'v1', version: 1, status: 'signed', content: defaultCriteria() };
const v2: CriteriaVersion = { id: 'v2', version: 2, status: 'signed', content: { ...defaultCriteria(), tolerance: 2 } };
const NOW = new Date('2026-12-02T03:00:00Z');

let n = 0;
const risk = (
	r: Partial<RiskInput> & { current?: Rating | null; inherent?: Rating | null; target?: Rating | null; criteria?: string }
): RiskInput => ({
	id: `r${++n}`,
	ref: `R-${String(n).padStart(3, '0')}`,
	title: 'x',
	category: 'intentional',
	status: 'open',
	treatment: '',
	created: '2026-06-01T00:00:00Z',
	reviewedAt: null,
	...r,
	analysis: { criteria: r.criteria ?? 'v2', inherent: r.inherent ?? null, current: r.current ?? null, target: r.target ?? null }
});
const R = (likelihood: number, impact: number): Rating => ({ likelihood, impact });

describe('risk evaluation', () => {
	it('requires treatment above the tolerance of the risk’s own version', () => {
		const onV1 = evaluate(risk({ criteria: 'v1', current: R(3, 4) }), [v1, v2], NOW);
		const onV2 = evaluate(risk({ criteria: 'v2', current: R(3, 4) }), [v1, v2], NOW);
		expect([onV1.levels.current, onV1.treatmentRequired, onV1.levels.stale]).toEqual([2, true, true]);
		expect([onV2.levels.current, onV2.treatmentRequired, onV2.levels.stale]).toEqual([2, false, false]);
	});

	it('puts the highest current level first, then the larger score; closed risks last', () => {
		const list = [
			risk({ current: R(2, 2) }),
			risk({ current: R(5, 5) }),
			risk({ inherent: R(4, 5) }),
			risk({ current: R(5, 5), status: 'closed' }),
			risk({ current: R(4, 4) }),
			risk({})
		].map((r) => evaluate(r, [v1, v2], NOW));
		expect(prioritise(list).map((r) => [r.decisive, r.status])).toEqual([
			[3, 'open'],
			[3, 'open'],
			[2, 'open'],
			[0, 'open'],
			[null, 'open'],
			[3, 'closed']
		]);
		expect(prioritise(list)[1].analysis.inherent).toEqual(R(4, 5));
	});

	it('every open risk rated on the version in force is in exactly one heat-map cell', () => {
		const rating = fc.option(fc.record({ likelihood: fc.integer({ min: 1, max: 5 }), impact: fc.integer({ min: 1, max: 5 }) }), {
			nil: null
		});
		fc.assert(
			fc.property(
				fc.array(fc.record({ current: rating, criteria: fc.constantFrom('v1', 'v2'), closed: fc.boolean() }), { maxLength: 30 }),
				(specs) => {
					const list = specs.map((s) =>
						evaluate(risk({ current: s.current, criteria: s.criteria, status: s.closed ? 'closed' : 'open' }), [v1, v2], NOW)
					);
					const map = heatMap(list, [v1, v2], 'current');
					if (!map) throw new Error('no map');
					const placed = map.cells.flat(2);
					const expected = list.filter((r) => r.status === 'open' && r.analysis.criteria === 'v2' && r.analysis.current).map((r) => r.id);
					expect(placed.sort()).toEqual(expected.sort());
					expect(new Set([...placed, ...map.otherVersion, ...map.unrated]).size).toBe(list.filter((r) => r.status === 'open').length);
					for (const id of placed) {
						const r = list.find((x) => x.id === id);
						expect(map.cells[(r?.analysis.current?.impact ?? 0) - 1][(r?.analysis.current?.likelihood ?? 0) - 1]).toContain(id);
					}
				}
			)
		);
	});

	it('is due for review after the cadence of its level, counted from the last review', () => {
		const high = evaluate(risk({ current: R(5, 5), reviewedAt: '2026-10-15T01:00:00Z' }), [v2], NOW);
		expect(high.review).toEqual({ due: '2026-11-15', days: -17 });
		const low = evaluate(risk({ current: R(1, 1) }), [v2], NOW);
		expect(low.review).toEqual({ due: '2027-06-01', days: 181 });
		expect(evaluate(risk({}), [v2], NOW).review).toEqual({ due: null, days: null });
		expect(dueForReview([low, high]).map((r) => r.id)).toEqual([high.id]);
	});
});
