import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n';
import { acceptanceRequestSchema, analysisSchema, isOverdue } from './forms';

const m = messagesFor('ja');
const NOW = new Date('2026-12-02T03:00:00Z');

describe('risk forms', () => {
	it('an acceptance is valid through today or later, at most three years ahead, and expires the next day in Japan', () => {
		const schema = acceptanceRequestSchema(m, NOW);
		expect(schema.parse({ justification: ' 理由 ', valid_through: '2026-12-31' })).toEqual({
			justification: '理由',
			valid_through: '2026-12-31T15:00:00.000Z'
		});
		const past = schema.safeParse({ justification: 'x', valid_through: '2026-12-01' });
		expect(past.error?.issues[0]).toMatchObject({ path: ['valid_through'], message: m.riskAcceptance.errors.past });
		const far = schema.safeParse({ justification: 'x', valid_through: '2029-12-03' });
		expect(far.error?.issues[0].message).toBe(m.riskAcceptance.errors.tooFar(3));
		expect(schema.safeParse({ justification: 'x', valid_through: '2029-12-02' }).success).toBe(true);
		expect(schema.safeParse({ justification: '', valid_through: '2027-01-01' }).error?.issues[0].path).toEqual(['justification']);
		expect(schema.safeParse({ justification: 'x', valid_through: '2027-02-30' }).error?.issues[0].message).toBe(m.errors.date);
	});

	it('an analysis rates likelihood and consequence together, within the scales', () => {
		const schema = analysisSchema(m, { likelihood: 5, impact: 4 });
		const base = { criteria: 'abcdefghijklmno', control_items: ['cross-sector:OT-03'] };
		expect(schema.parse({ ...base, current_likelihood: '3', current_impact: '4' })).toMatchObject({
			current_likelihood: 3,
			current_impact: 4,
			inherent_likelihood: 0
		});
		expect(schema.safeParse({ ...base, current_likelihood: '3' }).error?.issues[0]).toMatchObject({
			path: ['current_impact'],
			message: m.risks.errors.ratePair
		});
		expect(schema.safeParse({ ...base, current_likelihood: '3', current_impact: '5' }).error?.issues[0].path).toEqual(['current_impact']);
		expect(schema.safeParse({ ...base, control_items: ['nonsense'] }).success).toBe(false);
	});

	it('an action is overdue after its due date in Japan, unless done or cancelled', () => {
		expect(isOverdue({ status: 'planned', due_date: '2026-12-01 00:00:00.000Z' }, NOW)).toBe(true);
		expect(isOverdue({ status: 'in_progress', due_date: '2026-12-02 00:00:00.000Z' }, NOW)).toBe(false);
		expect(isOverdue({ status: 'done', due_date: '2026-11-01 00:00:00.000Z' }, NOW)).toBe(false);
		expect(isOverdue({ status: 'planned', due_date: '' }, NOW)).toBe(false);
	});
});
