import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n';
import { organisationSchema, serviceSchema, systemSchema } from './organisation';

const m = messagesFor('en');

describe('organisation profile validation', () => {
	it('accepts a complete profile and coerces the month', () => {
		const result = organisationSchema(m).parse({
			name: ' 東都電力 ',
			sector: 'electricity',
			operator_class: 'leading',
			fy_start_month: '4'
		});
		expect(result).toEqual({ name: '東都電力', name_en: '', sector: 'electricity', operator_class: 'leading', fy_start_month: 4 });
	});

	it('says which field is wrong and why', () => {
		const result = organisationSchema(m).safeParse({ name: '', sector: 'space', operator_class: 'leading', fy_start_month: '13' });
		expect(result.success).toBe(false);
		const issues = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
		expect(issues).toEqual({ name: m.errors.required, sector: m.errors.choose, fy_start_month: m.errors.month });
	});

	it('reads an empty outage as no limit, and rejects words', () => {
		expect(serviceSchema(m).parse({ name: 'x', max_outage_hours: '' }).max_outage_hours).toBeNull();
		expect(serviceSchema(m).parse({ name: 'x', max_outage_hours: '2.5' }).max_outage_hours).toBe(2.5);
		expect(serviceSchema(m).safeParse({ name: 'x', max_outage_hours: 'soon' }).success).toBe(false);
	});

	it('reads the structured service level, with thousands separators, and wants a unit with a quantity', () => {
		const parsed = serviceSchema(m).parse({
			name: 'x',
			sl_quantity: '100,000',
			sl_unit: 'kw',
			sl_duration_minutes: '10',
			sl_population: ''
		});
		expect(parsed).toMatchObject({ sl_quantity: 100000, sl_unit: 'kw', sl_duration_minutes: 10, sl_population: null });
		const noUnit = serviceSchema(m).safeParse({ name: 'x', sl_quantity: '5' });
		expect(noUnit.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['sl_unit', m.riskProfile.unitNeeded]]);
		expect(serviceSchema(m).safeParse({ name: 'x', sl_population: '2.5' }).success).toBe(false);
		expect(serviceSchema(m).safeParse({ name: 'x', sl_duration_minutes: '0' }).success).toBe(false);
	});

	it('a system names the services it supports and nothing about dependencies', () => {
		expect(systemSchema(m).parse({ name: 'x', services: [], depends_on: ['power'] })).toEqual({
			name: 'x',
			description: '',
			services: [],
			owner: ''
		});
	});
});
