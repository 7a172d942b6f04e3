import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORE_GROUPS, type ScoreGroupName } from './groups';
import { ANSWER_STATUSES } from './answers';
import type { AnswerStatus } from './answers';
import { compareYears, progress, scoreAnswers, scoreStatuses } from './scoring';
import type { ChecklistScore, Score, ScoreInput, YearAnswer } from './scoring';

const SECTIONS = ['GOV', 'RSK', 'BCP', 'AUD'];

const inputArb: fc.Arbitrary<ScoreInput> = fc.record({
	itemId: fc.string({ minLength: 1, maxLength: 8 }),
	sectionId: fc.constantFrom(...SECTIONS),
	group: fc.constantFrom(...SCORE_GROUPS),
	status: fc.constantFrom(...ANSWER_STATUSES)
});
const inputsArb = fc.uniqueArray(inputArb, { selector: (i) => i.itemId, maxLength: 40 });

const KEYS = [...SCORE_GROUPS, 'overall'] as const;
const allScores = (score: ChecklistScore): Score[] => [
	...KEYS.map((k) => score[k]),
	...Object.values(score.bySection).flatMap((g) => KEYS.map((k) => g[k]))
];

const item = (itemId: string, sectionId: string, group: ScoreGroupName, status: AnswerStatus): ScoreInput => ({
	itemId,
	sectionId,
	group,
	status
});

describe('scoring: properties', () => {
	it('every ratio is within [0, 1], or null exactly when nothing is possible', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				for (const s of allScores(scoreAnswers(inputs))) {
					if (s.possible === 0) expect(s.ratio).toBeNull();
					else {
						expect(s.ratio).not.toBeNull();
						expect(s.ratio).toBeGreaterThanOrEqual(0);
						expect(s.ratio).toBeLessThanOrEqual(1);
					}
				}
			})
		);
	});

	it('adding a not_applicable item never changes points or possible', () => {
		fc.assert(
			fc.property(inputsArb, inputArb, (inputs, extra) => {
				const before = scoreAnswers(inputs);
				const after = scoreAnswers([...inputs, { ...extra, itemId: '\u0000new', status: 'not_applicable' }]);
				for (const key of KEYS) {
					expect(after[key].points).toBe(before[key].points);
					expect(after[key].possible).toBe(before[key].possible);
				}
				for (const [id, group] of Object.entries(before.bySection)) {
					expect(after.bySection[id].overall.points).toBe(group.overall.points);
					expect(after.bySection[id].overall.possible).toBe(group.overall.possible);
				}
			})
		);
	});

	it('changing one answer from not_implemented to implemented never lowers the score', () => {
		fc.assert(
			fc.property(inputsArb, fc.nat(), (inputs, pick) => {
				const candidates = inputs.map((input, k) => k).filter((k) => inputs[k].status === 'not_implemented');
				fc.pre(candidates.length > 0);
				const k = candidates[pick % candidates.length];
				const improved = inputs.map((input, j) => (j === k ? { ...input, status: 'implemented' as const } : input));
				const before = allScores(scoreAnswers(inputs));
				const after = allScores(scoreAnswers(improved));
				before.forEach((b, n) => {
					expect(after[n].points).toBeGreaterThanOrEqual(b.points);
					expect(after[n].possible).toBe(b.possible);
					if (b.ratio !== null) expect(after[n].ratio).toBeGreaterThanOrEqual(b.ratio);
				});
				expect(scoreAnswers(improved).overall.points).toBe(scoreAnswers(inputs).overall.points + 1);
			})
		);
	});

	it('overall = the sum of the groups', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const score = scoreAnswers(inputs);
				for (const field of ['points', 'possible', 'answered', 'total'] as const) {
					expect(score.overall[field]).toBe(SCORE_GROUPS.reduce((n, g) => n + score[g][field], 0));
				}
			})
		);
	});

	it('sections sum to overall, per group too', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const score = scoreAnswers(inputs);
				const groups = Object.values(score.bySection);
				for (const key of KEYS) {
					for (const field of ['points', 'possible', 'answered', 'total'] as const) {
						expect(groups.reduce((n, g) => n + g[key][field], 0)).toBe(score[key][field]);
					}
				}
			})
		);
	});

	it('progress counts every status but unanswered, and stays within [0, 1]', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const p = progress(inputs);
				expect(p.total).toBe(inputs.length);
				expect(p.answered).toBe(inputs.filter((i) => i.status !== 'unanswered').length);
				expect(p.unconfirmed).toBe(0);
				if (p.total === 0) expect(p.ratio).toBeNull();
				else expect(p.ratio).toBe(p.answered / p.total);
			})
		);
	});

	it('comparing a year with itself gives zero deltas and no unmatched items', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const year: YearAnswer[] = inputs.map((i) => ({ ...i, checklistId: 'cross-sector' }));
				const cmp = compareYears(year, year);
				expect(cmp.onlyInCurrent).toEqual([]);
				expect(cmp.onlyInPrevious).toEqual([]);
				expect(cmp.changed).toEqual([]);
				for (const group of [cmp.overall, ...cmp.sections]) {
					for (const key of KEYS) {
						expect(group[key].points).toBe(0);
						if (group[key].ratio !== null) expect(group[key].ratio).toBe(0);
					}
				}
			})
		);
	});
});

describe('scoring: examples', () => {
	it('weights statuses 1 / 1 / 0.5 / 0 / 0 and leaves not_applicable out', () => {
		expect(scoreStatuses(['implemented', 'alternative', 'partial', 'not_implemented', 'unanswered', 'not_applicable'])).toEqual({
			points: 2.5,
			possible: 5,
			ratio: 0.5,
			answered: 5,
			total: 6
		});
		expect(scoreStatuses([])).toEqual({ points: 0, possible: 0, ratio: null, answered: 0, total: 0 });
		expect(scoreStatuses(['not_applicable'])).toEqual({ points: 0, possible: 0, ratio: null, answered: 1, total: 1 });
	});

	it('scores by group and section', () => {
		const score = scoreAnswers([
			item('GOV-01', 'GOV', 'consider', 'implemented'),
			item('GOV-02', 'GOV', 'consider', 'partial'),
			item('GOV-03', 'GOV', 'reference', 'not_implemented'),
			item('BCP-01', 'BCP', 'consider', 'not_applicable'),
			item('BCP-02', 'BCP', 'reference', 'alternative'),
			item('BCP-03', 'BCP', 'reference', 'unanswered')
		]);
		expect(score.consider).toEqual({ points: 1.5, possible: 2, ratio: 0.75, answered: 3, total: 3 });
		expect(score.reference).toEqual({ points: 1, possible: 3, ratio: 1 / 3, answered: 2, total: 3 });
		expect(score.overall).toEqual({ points: 2.5, possible: 5, ratio: 0.5, answered: 5, total: 6 });
		expect(Object.keys(score.bySection)).toEqual(['GOV', 'BCP']);
		expect(score.bySection.GOV.overall).toEqual({ points: 1.5, possible: 3, ratio: 0.5, answered: 3, total: 3 });
		expect(score.bySection.BCP.consider).toEqual({ points: 0, possible: 0, ratio: null, answered: 1, total: 1 });
		expect(progress([item('A-1', 'A', 'consider', 'unanswered'), item('A-2', 'A', 'consider', 'partial')])).toEqual({
			answered: 1,
			unconfirmed: 0,
			total: 2,
			ratio: 0.5
		});
	});

	it('counts carried-over answers nobody confirmed apart: a year of them is not 100 % done', () => {
		const carried = (['implemented', 'partial', 'not_applicable'] as const).map((status) => ({ status, unconfirmed: true }));
		expect(progress(carried)).toEqual({ answered: 3, unconfirmed: 3, total: 3, ratio: 0 });
		expect(progress([...carried.slice(1), { status: 'implemented' }, { status: 'unanswered', unconfirmed: true }])).toEqual({
			answered: 3,
			unconfirmed: 2,
			total: 4,
			ratio: 0.25
		});
	});

	it('compares years by checklist id + item id, reporting unmatched items separately', () => {
		const y = (checklistId: string, i: ScoreInput): YearAnswer => ({ ...i, checklistId });
		const previous = [
			y('cross-sector', item('GOV-01', 'GOV', 'consider', 'partial')),
			y('cross-sector', item('GOV-02', 'GOV', 'reference', 'not_implemented')),
			y('cross-sector', item('OLD-01', 'OLD', 'consider', 'implemented')),
			// Same item id in another checklist: a different item.
			y('sector-gas', item('GOV-01', 'GOV', 'consider', 'implemented'))
		];
		const current = [
			y('cross-sector', item('GOV-01', 'GOV', 'consider', 'implemented')),
			y('cross-sector', item('GOV-02', 'GOV', 'reference', 'not_implemented')),
			y('cross-sector', item('NEW-01', 'GOV', 'consider', 'unanswered')),
			y('sector-gas', item('GOV-01', 'GOV', 'consider', 'not_applicable'))
		];
		const cmp = compareYears(current, previous);
		expect(cmp.onlyInCurrent.map((a) => a.itemId)).toEqual(['NEW-01']);
		expect(cmp.onlyInPrevious.map((a) => a.itemId)).toEqual(['OLD-01']);
		expect(cmp.changed).toEqual([
			{
				checklistId: 'cross-sector',
				itemId: 'GOV-01',
				sectionId: 'GOV',
				group: 'consider',
				previous: 'partial',
				current: 'implemented'
			},
			{
				checklistId: 'sector-gas',
				itemId: 'GOV-01',
				sectionId: 'GOV',
				group: 'consider',
				previous: 'implemented',
				current: 'not_applicable'
			}
		]);
		expect(cmp.sections.map((s) => [s.checklistId, s.sectionId])).toEqual([
			['cross-sector', 'GOV'],
			['sector-gas', 'GOV']
		]);
		const crossGov = cmp.sections[0];
		expect(crossGov.consider).toMatchObject({ points: 0.5, ratio: 0.5 });
		expect(crossGov.consider.current).toMatchObject({ points: 1, possible: 1 });
		expect(crossGov.consider.previous).toMatchObject({ points: 0.5, possible: 1 });
		expect(crossGov.reference).toMatchObject({ points: 0, ratio: 0 });
		// Now not applicable: nothing possible this year, so no ratio delta.
		expect(cmp.sections[1].consider).toMatchObject({ points: -1, ratio: null });
		expect(cmp.overall.overall.points).toBe(-0.5);
	});

	it('refuses two answers for the same item in one year', () => {
		const a: YearAnswer = { ...item('GOV-01', 'GOV', 'consider', 'implemented'), checklistId: 'x' };
		expect(() => compareYears([a, a], [])).toThrow(/current year has two answers for x GOV-01/);
	});
});
