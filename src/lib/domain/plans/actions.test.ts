import { describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n';
import { actionSchema, isOverdue, lastExercised, openActionsOf, parseItemRefs } from './actions';
import { jstInstant, jstLocalInput, scenarioFromRisk } from './exercises';

const m = messagesFor('ja');
const known = new Set(['cross-sector/GOV-01', 'cross-sector/GOV-02', 'sector-electricity/ELE-01']);

describe('improvement actions', () => {
	it('reads checklist items typed as ids, with or without their checklist', () => {
		expect(parseItemRefs('GOV-01, sector-electricity/ELE-01、GOV-01', 'cross-sector')).toEqual([
			'cross-sector/GOV-01',
			'sector-electricity/ELE-01'
		]);
		expect(parseItemRefs('  ', 'cross-sector')).toEqual([]);
	});

	it('refuses unknown checklist items and names them', () => {
		const result = actionSchema(m, known, 'cross-sector').safeParse({ finding: '連絡網が古い', checklist_items: 'GOV-01 NOPE-9' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toContain('cross-sector/NOPE-9');
	});

	it('links risks by record id, once each, and refuses anything else', () => {
		const schema = actionSchema(m, known, 'cross-sector');
		const ok = schema.safeParse({ finding: '連絡網が古い', risks: ['abcdefghij12345', 'abcdefghij12345', 'zyxwvutsrq98765'] });
		expect(ok.data?.risks).toEqual(['abcdefghij12345', 'zyxwvutsrq98765']);
		expect(schema.safeParse({ finding: '連絡網が古い', risks: ['R-001'] }).success).toBe(false);
		expect(schema.safeParse({ finding: '連絡網が古い' }).data?.risks).toEqual([]);
	});

	it('takes an exercise scenario from a risk only when none was written', () => {
		const risk = { ref: 'R-004', title: '制御系のランサムウェア感染', scenario: '保守回線から侵入され、監視端末が暗号化される。' };
		expect(scenarioFromRisk('', risk)).toBe('R-004 制御系のランサムウェア感染\n\n保守回線から侵入され、監視端末が暗号化される。');
		expect(scenarioFromRisk('  ', { ...risk, scenario: '' })).toBe('R-004 制御系のランサムウェア感染');
		expect(scenarioFromRisk('夜間に給電指令所が停電する。', risk)).toBe('夜間に給電指令所が停電する。');
		expect(scenarioFromRisk('', null)).toBe('');
	});

	it('needs a closure note to close', () => {
		const schema = actionSchema(m, known, 'cross-sector');
		const closed = schema.safeParse({ finding: '連絡網が古い', status: 'closed' });
		expect(closed.success).toBe(false);
		expect(closed.error?.issues[0].path).toEqual(['closure_note']);
		expect(schema.safeParse({ finding: '連絡網が古い', status: 'closed', closure_note: '2026年12月に改訂' }).success).toBe(true);
	});

	it('is overdue after its due date in Japan time, unless closed', () => {
		const now = new Date('2026-12-01T15:30:00Z'); // 2 Dec in Japan
		expect(isOverdue({ status: 'open', due_date: '2026-12-01' }, now)).toBe(true);
		expect(isOverdue({ status: 'open', due_date: '2026-12-02 00:00:00.000Z' }, now)).toBe(false);
		expect(isOverdue({ status: 'closed', due_date: '2026-01-01' }, now)).toBe(false);
		expect(isOverdue({ status: 'in_progress', due_date: '' }, now)).toBe(false);
	});

	it('counts the open actions of a plan and finds when it was last exercised', () => {
		const actions = [
			{ status: 'open', due_date: '', plan_sections: ['bcp.bia', 'contingency.reporting'] },
			{ status: 'closed', due_date: '', plan_sections: ['bcp.roles'] },
			{ status: 'in_progress', due_date: '', plan_sections: ['contingency.csirt'] }
		] as const;
		expect(openActionsOf('bcp', actions)).toBe(1);
		expect(openActionsOf('contingency', actions)).toBe(2);
		const exercises = [
			{ held_on: '2026-06-10 00:00:00.000Z', plan_kinds: ['bcp'] },
			{ held_on: '2026-10-02 00:00:00.000Z', plan_kinds: ['bcp', 'contingency'] }
		];
		expect(lastExercised('bcp', exercises)).toBe('2026-10-02');
		expect(lastExercised('contingency', [])).toBeNull();
	});
});

describe('timeline times', () => {
	it('reads datetime-local input in Japan time and writes it back', () => {
		expect(jstInstant('2026-11-20T10:30')).toBe('2026-11-20T01:30:00.000Z');
		expect(jstInstant('2026-11-20 10:30')).toBeNull();
		expect(jstLocalInput('2026-11-20 01:30:00.000Z')).toBe('2026-11-20T10:30');
	});
});
