import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../../reports/selfcheck/synthetic';
import { aggregate, bandOf, K_ANONYMITY, quartiles, StatisticsMismatch, suppress } from './aggregate';
import { anonymisedStatistics, roundRatio } from './anonymise';
import { BUCKETS, distributionSchema, statisticsFileSchema, type Bucket, type StatisticsFile } from './format';
import { standingOf, standings } from './position';

const LIBRARY = new Set(['cross-sector@2026.1', 'electricity-supplement@2026.1']);

describe('an operator’s anonymised statistics file', () => {
	const snap = syntheticSnapshot({ items: 80, sections: 6, withPrevious: true, signed: true });
	const file = anonymisedStatistics(snap, LIBRARY);

	it('is valid and holds sector, class, year, scores and answers only', () => {
		expect(statisticsFileSchema.parse(file)).toEqual(file);
		expect(Object.keys(file).sort()).toEqual([
			'checklists',
			'fiscalYear',
			'format',
			'items',
			'operatorClass',
			'sections',
			'sector',
			'version'
		]);
		const text = JSON.stringify(file);
		// nothing that names or describes the operator, nothing it wrote, no evidence, no record ids, no dates
		expect(text).not.toContain(snap.organisation.name);
		expect(text).not.toContain(snap.organisation.id);
		expect(text).not.toContain(snap.assessment.id);
		for (const item of snap.items) {
			if (item.answer.justification) expect(text).not.toContain(item.answer.justification);
			if (item.answer.owner) expect(text).not.toContain(item.answer.owner);
			for (const e of item.answer.evidence) expect(text).not.toContain(e.title);
		}
		expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
		expect(file.sections.every((s) => s.ratio === null || Number.isInteger(Math.round(s.ratio * 20)))).toBe(true);
	});

	it('leaves out checklists that are not the library’s (the organisation’s own) and reference items it does not adopt', () => {
		const only = anonymisedStatistics(snap, new Set(['cross-sector@2026.1']));
		expect(new Set(only.items.map((i) => i.checklistId))).toEqual(new Set(['cross-sector']));
		expect(only.checklists).toEqual([{ id: 'cross-sector', version: '2026.1' }]);
		expect(() => anonymisedStatistics(snap, new Set())).toThrow(/no checklist of the library/);
		const notAdopted = snap.items.filter((i) => i.adoption && !i.adoption.adopted).map((i) => i.itemId);
		expect(file.items.some((i) => notAdopted.includes(i.itemId))).toBe(false);
	});

	it('rounds scores to 5 % steps', () => {
		expect([0, 0.024, 0.025, 0.333, 0.975, 1].map(roundRatio)).toEqual([0, 0, 0.05, 0.35, 1, 1]);
	});
});

/** A synthetic operator file: `answers` per item id. */
function operator(answers: Record<string, Bucket>, ratio: number | null, cls: 'leading' | 'other' = 'other'): StatisticsFile {
	return {
		format: 'mamori-sector-statistics',
		version: 1,
		sector: 'electricity',
		operatorClass: cls,
		fiscalYear: 2026,
		checklists: [{ id: 'cross-sector', version: '2026.1' }],
		sections: [{ checklistId: 'cross-sector', sectionId: 'GOV', title: { ja: '組織統治', en: 'Governance' }, ratio }],
		items: Object.entries(answers).map(([itemId, bucket]) => ({
			checklistId: 'cross-sector',
			itemId,
			sectionId: 'GOV',
			classification: 'consider',
			bucket
		}))
	};
}

const bucket = fc.constantFrom(...BUCKETS);
const operators = fc.array(
	fc.record({
		answers: fc.dictionary(fc.constantFrom('GOV-01', 'GOV-02', 'GOV-03', 'GOV-04'), bucket),
		ratio: fc.option(fc.integer({ min: 0, max: 20 }).map((n) => n / 20)),
		cls: fc.constantFrom('leading' as const, 'other' as const)
	}),
	{ minLength: 1, maxLength: 12 }
);

describe('the sector distribution', () => {
	it('never publishes a count below the threshold, nor one that subtraction reveals (k-anonymity)', () => {
		fc.assert(
			fc.property(operators, fc.integer({ min: 2, max: 5 }), (ops, k) => {
				const d = aggregate(
					ops.map((o) => operator(o.answers, o.ratio, o.cls)),
					k
				);
				const rows = [...d.items.map((i) => Object.values(i.counts)), ...d.sections.map((s) => s.bands), Object.values(d.classes)];
				for (const row of rows) {
					for (const c of row) if (c !== null && c > 0) expect(c).toBeGreaterThanOrEqual(k);
					expect(row.filter((c) => c === null).length).not.toBe(1);
				}
				for (const s of d.sections) if (s.quartiles) expect(s.operators).toBeGreaterThanOrEqual(k);
				if (ops.length < k) expect(rows.flat().every((c) => c === null)).toBe(true);
				expect(distributionSchema.parse(d)).toEqual(d);
			})
		);
	});

	it('depends only on the files, not on their order', () => {
		fc.assert(
			fc.property(operators, fc.integer(), (ops, seed) => {
				const files = ops.map((o) => operator(o.answers, o.ratio, o.cls));
				const shuffled = [...files].sort(
					(a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7)
				);
				expect(JSON.stringify(aggregate(shuffled))).toBe(JSON.stringify(aggregate(files)));
			})
		);
	});

	it('counts per item how many operators implemented it, and the spread per section', () => {
		const files = [
			operator({ 'GOV-01': 'implemented', 'GOV-02': 'partial' }, 0.8),
			operator({ 'GOV-01': 'implemented', 'GOV-02': 'partial' }, 0.6),
			operator({ 'GOV-01': 'implemented', 'GOV-02': 'partial' }, 0.4),
			operator({ 'GOV-01': 'implemented', 'GOV-02': 'not_implemented' }, 1)
		];
		const d = aggregate(files);
		expect(d.operators).toBe(4);
		const [gov01, gov02] = d.items;
		expect(gov01.counts).toEqual({ implemented: 4, partial: 0, not_implemented: 0, not_applicable: 0 });
		// one "not implemented" is hidden, and so is the smallest other count (a zero), so it cannot be derived
		expect(gov02.counts).toEqual({ implemented: null, partial: 3, not_implemented: null, not_applicable: 0 });
		expect(d.sections[0].quartiles).toEqual([0.4, 0.6, 0.8]);
		expect(d.sections[0].bands).toEqual([0, 0, null, null, null]);
		expect(d.classes).toEqual({ leading: 0, other: 4 });
	});

	it('shows nothing but the number of files when fewer operators than the threshold sent one', () => {
		const d = aggregate([operator({ 'GOV-01': 'implemented' }, 1), operator({ 'GOV-01': 'implemented' }, 1)]);
		expect(d.operators).toBe(2);
		expect(d.items[0]).toMatchObject({
			operators: 0,
			counts: { implemented: null, partial: null, not_implemented: null, not_applicable: null }
		});
		expect(d.sections[0]).toMatchObject({ quartiles: null, bands: [null, null, null, null, null] });
		expect(d.classes).toEqual({ leading: null, other: null });
	});

	it('refuses files of another sector or fiscal year, naming the file', () => {
		const other = { ...operator({}, null), fiscalYear: 2025 };
		expect(() => aggregate([operator({}, null), other])).toThrow(new StatisticsMismatch(1, 'fiscalYear', '2025', '2026'));
		expect(() => aggregate([operator({}, null), other])).toThrow('file 2 is for fiscal year 2025, not 2026');
	});

	it('has small, checked building blocks', () => {
		expect(suppress([5, 1, 4], 3)).toEqual([5, null, null]);
		expect(suppress([5, 1, 2], 3)).toEqual([5, null, null]);
		expect(suppress([5, 0, 4], 3)).toEqual([5, 0, 4]);
		expect(quartiles([0.1, 0.2, 0.3, 0.4])).toEqual([0.1, 0.2, 0.3]);
		expect([0, 0.19, 0.2, 0.99, 1].map(bandOf)).toEqual([0, 0, 1, 4, 4]);
		expect(K_ANONYMITY).toBe(3);
	});
});

describe('an operator’s standing', () => {
	it('places its own score against the quartiles and shows its own answers', () => {
		expect(standingOf(0.3, [0.4, 0.6, 0.8])).toBe('below_q1');
		expect(standingOf(0.6, [0.4, 0.6, 0.8])).toBe('q1_to_median');
		expect(standingOf(0.7, [0.4, 0.6, 0.8])).toBe('median_to_q3');
		expect(standingOf(0.9, [0.4, 0.6, 0.8])).toBe('above_q3');
		expect(standingOf(0.9, null)).toBe('unknown');
		const files = [0.8, 0.6, 0.4].map((r) => operator({ 'GOV-01': 'implemented' }, r));
		const mine = operator({ 'GOV-01': 'partial' }, 0.35);
		const s = standings(aggregate(files), mine);
		expect(s.sections.get('cross-sector/GOV')).toMatchObject({ own: 0.35, standing: 'below_q1' });
		expect(s.items.get('cross-sector/GOV-01')?.own).toBe('partial');
	});
});
