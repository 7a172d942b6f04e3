import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaFromForm, criteriaToForm } from './criteria-form';
import { defaultCriteria } from './criteria-defaults';
import { arbitraryCriteria } from './testing/arbitraries';

const shapeOf = (c: ReturnType<typeof defaultCriteria>) => ({
	likelihood: c.likelihood.length,
	impact: c.impact.length,
	bands: c.bands.length
});
const describe_ = (m: string) => `message:${m}`;

describe('criteria editor form', () => {
	it('reads back exactly what it wrote, for any valid criteria', () => {
		fc.assert(
			fc.property(arbitraryCriteria, (c) => {
				expect(criteriaFromForm(criteriaToForm(c), shapeOf(c), describe_)).toEqual({ ok: true, content: c });
			})
		);
	});

	it('names the field and the problem', () => {
		const c = defaultCriteria();
		const values = criteriaToForm(c);
		values['likelihood.2.label.ja'] = '  ';
		values['bands.1.color'] = 'yellow';
		values['bands.0.reviewMonths'] = 'often';
		values['grid.4.4'] = '0';
		values['impact.1.trust.en'] = 'x'.repeat(501);
		const result = criteriaFromForm(values, shapeOf(c), describe_);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toMatchObject({
			'likelihood.2.label.ja': 'message:required',
			'bands.1.color': 'message:color',
			'bands.0.reviewMonths': 'message:number',
			'impact.1.trust.en': 'message:tooLong'
		});
	});

	it('reports a falling grid cell and a tolerance at the top level under their own names', () => {
		const c = defaultCriteria();
		const values = { ...criteriaToForm(c), 'grid.4.4': '0' };
		const result = criteriaFromForm(values, shapeOf(c), describe_);
		expect(result.ok ? {} : result.errors).toEqual({ 'grid.4.4': 'message:grid_order' });
		const top = criteriaFromForm({ ...criteriaToForm(c), tolerance: '3' }, shapeOf(c), describe_);
		expect(top.ok ? {} : top.errors).toEqual({ tolerance: 'message:tolerance' });
	});
});
