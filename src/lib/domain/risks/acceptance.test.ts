import { describe, expect, it } from 'vitest';
import {
	decisionOf,
	effectiveStatus,
	expiryReminders,
	materialChanges,
	needsDecision,
	parseSnapshot,
	withChanges,
	type AcceptanceInput
} from './acceptance';
import { expiryInstant } from './dates';
import { frozenAcceptance } from './testing/acceptance';

const NOW = new Date('2026-12-02T03:00:00Z'); // 2026-12-02 12:00 JST

function acceptance(over: Partial<AcceptanceInput>): AcceptanceInput {
	return {
		id: 'a',
		risk: 'r',
		status: 'signed',
		expiresAt: expiryInstant('2027-03-31').toISOString(),
		created: '2026-10-01 00:00:00.000Z',
		...over
	};
}

const snapshot = frozenAcceptance();

describe('risk acceptance', () => {
	it('an approval reads as expired from the start of the day after its last valid day (Japan time)', () => {
		const a = acceptance({ expiresAt: expiryInstant('2026-12-02').toISOString() });
		expect(effectiveStatus(a, NOW)).toBe('signed');
		expect(effectiveStatus(a, new Date('2026-12-02T14:59:59Z'))).toBe('signed');
		expect(effectiveStatus(a, new Date('2026-12-02T15:00:00Z'))).toBe('expired');
		// only approvals expire; a request past the date stays a request
		expect(effectiveStatus({ ...a, status: 'requested' }, new Date('2027-01-01T00:00:00Z'))).toBe('requested');
	});

	it('the latest acceptance decides where a risk stands; an expired, revoked or rejected one needs a decision', () => {
		const risk = { treatment: 'accept' as const, treatmentRequired: true };
		expect(decisionOf(risk, [], NOW).decision).toBe('needs_decision');
		expect(decisionOf(risk, [acceptance({})], NOW).decision).toBe('accepted');
		expect(decisionOf(risk, [acceptance({ status: 'requested' })], NOW).decision).toBe('requested');
		for (const status of ['revoked', 'rejected'] as const)
			expect(decisionOf(risk, [acceptance({ status })], NOW).decision).toBe('needs_decision');
		const expired = acceptance({ expiresAt: expiryInstant('2026-12-01').toISOString() });
		expect(decisionOf(risk, [expired], NOW).decision).toBe('needs_decision');
		// a newer request after an expired approval
		const again = acceptance({ id: 'b', status: 'requested', created: '2026-12-01 00:00:00.000Z' });
		expect(decisionOf(risk, [expired, again], NOW)).toMatchObject({ decision: 'requested', acceptance: { id: 'b' } });
		expect(decisionOf({ treatment: 'reduce', treatmentRequired: true }, [], NOW).decision).toBe('in_treatment');
		expect(decisionOf({ treatment: '', treatmentRequired: true }, [], NOW).decision).toBe('treatment_required');
		expect(decisionOf({ treatment: '', treatmentRequired: false }, [], NOW).decision).toBe('within_tolerance');
	});

	it('reminds of valid approvals expiring within 30, 60 and 90 days, soonest first', () => {
		const list = [
			acceptance({ id: 'in90', expiresAt: expiryInstant('2027-02-20').toISOString() }),
			acceptance({ id: 'in10', expiresAt: expiryInstant('2026-12-12').toISOString() }),
			acceptance({ id: 'in45', expiresAt: expiryInstant('2027-01-16').toISOString() }),
			acceptance({ id: 'later', expiresAt: expiryInstant('2027-06-30').toISOString() }),
			acceptance({ id: 'gone', expiresAt: expiryInstant('2026-11-30').toISOString() }),
			acceptance({ id: 'asked', status: 'requested', expiresAt: expiryInstant('2026-12-10').toISOString() })
		];
		expect(expiryReminders(list, NOW).map((r) => [r.acceptance.id, r.days, r.window])).toEqual([
			['in10', 10, 30],
			['in45', 45, 60],
			['in90', 80, 90]
		]);
	});

	it('finds what got worse since the approval: a level up on the same criteria, a worse control answer', () => {
		const same = { criteria: 'c1', current: 1, target: 1, controls: new Map([['cross-sector:BK-04', 'partial' as const]]) };
		expect(materialChanges(snapshot, same)).toEqual([]);
		expect(materialChanges(snapshot, { ...same, current: 2 })).toEqual([{ kind: 'level_up', stage: 'current', from: 1, to: 2 }]);
		// a better answer or a lower level is no reason to ask again
		expect(materialChanges(snapshot, { ...same, current: 0, controls: new Map([['cross-sector:BK-04', 'implemented' as const]]) })).toEqual(
			[]
		);
		expect(materialChanges(snapshot, { ...same, controls: new Map([['cross-sector:BK-04', 'not_implemented' as const]]) })).toEqual([
			{ kind: 'control_worse', key: 'cross-sector:BK-04', title: 'バックアップ', from: 'partial', to: 'not_implemented' }
		]);
		// a control no longer relied on counts as lost
		expect(materialChanges(snapshot, { ...same, controls: new Map() })).toHaveLength(1);
		// levels on another criteria version are not comparable
		expect(materialChanges(snapshot, { ...same, criteria: 'c2', current: 3 })).toEqual([]);
	});

	it('a valid approval of a risk that got worse asks for approval again, and that is a decision to take', () => {
		const worse = materialChanges(snapshot, {
			criteria: 'c1',
			current: 2,
			target: 1,
			controls: new Map([['cross-sector:BK-04', 'partial']])
		});
		expect(withChanges('accepted', worse)).toBe('reapproval');
		expect(withChanges('accepted', [])).toBe('accepted');
		expect(withChanges('needs_decision', worse)).toBe('needs_decision');
		expect([needsDecision('reapproval'), needsDecision('needs_decision'), needsDecision('accepted'), needsDecision('requested')]).toEqual([
			true,
			true,
			false,
			false
		]);
	});

	it('reads only a snapshot of the exact shape the approval froze', () => {
		expect(parseSnapshot(snapshot)).toEqual(snapshot);
		expect(parseSnapshot({ ...snapshot, extra: 1 })).toBeNull();
		expect(parseSnapshot(null)).toBeNull();
	});
});
