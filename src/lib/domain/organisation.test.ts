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

	it('only accepts known dependencies', () => {
		expect(systemSchema(m).safeParse({ name: 'x', depends_on: ['power', 'gravity'] }).success).toBe(false);
		expect(systemSchema(m).parse({ name: 'x', depends_on: ['power'] }).depends_on).toEqual(['power']);
	});
});
