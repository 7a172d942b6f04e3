import { describe, expect, it } from 'vitest';
import { planCard, plansSummary, type PlanStateInput } from './summary';

const now = new Date('2026-12-01T16:00:00Z'); // 2 Dec 2026 in Japan
const approved = (reviewBy: string | null, latestStatus: PlanStateInput['latestStatus'] = 'signed'): PlanStateInput => ({
	kind: 'bcp',
	started: true,
	latestStatus,
	approvedReviewBy: reviewBy,
	approved: true
});

describe('plans summary', () => {
	it('flags an approved plan past its review date, and one due within 30 days', () => {
		expect(planCard(approved('2026-12-01'), now)).toMatchObject({
			stage: 'approved',
			review: { state: 'overdue', days: -1 },
			attention: true
		});
		expect(planCard(approved('2026-12-20'), now)).toMatchObject({ review: { state: 'due_soon' }, attention: true });
		expect(planCard(approved('2027-06-30'), now)).toMatchObject({ review: { state: 'ok' }, attention: false });
		expect(planCard(approved(null), now)).toMatchObject({ review: { state: 'none' }, attention: true });
	});

	it('keeps an approved plan approved while a new draft is edited, and says when one waits for approval', () => {
		expect(planCard(approved('2027-06-30', 'draft'), now).stage).toBe('approved');
		expect(planCard(approved('2027-06-30', 'submitted'), now)).toMatchObject({ stage: 'submitted', attention: true });
		const never = { kind: 'contingency', started: true, latestStatus: 'draft', approvedReviewBy: '2025-01-01', approved: false } as const;
		expect(planCard(never, now)).toMatchObject({ stage: 'draft', review: { state: 'none' } });
		expect(planCard({ ...never, started: false, latestStatus: null }, now).stage).toBe('not_started');
	});

	it('lists overdue open actions by due date and open incidents with their unsent drafts', () => {
		const action = (id: string, due: string, status: 'open' | 'closed' = 'open') => ({ id, finding: id, owner: '', due_date: due, status });
		const summary = plansSummary(
			[],
			[action('late', '2026-11-30'), action('later', '2026-11-01'), action('done', '2026-10-01', 'closed'), action('soon', '2026-12-10')],
			[
				{ id: 'a', title: '監視の途絶', detected_at: '2026-11-20 05:00:00.000Z', status: 'open' },
				{ id: 'b', title: '終結済み', detected_at: '2026-10-01 05:00:00.000Z', status: 'closed' }
			],
			new Map([['a', 2]]),
			now
		);
		expect(summary.overdueActions.map((a) => a.id)).toEqual(['later', 'late']);
		expect(summary.openActions).toBe(3);
		expect(summary.openIncidents).toEqual([{ id: 'a', title: '監視の途絶', detectedAt: '2026-11-20 05:00:00.000Z', unsentReports: 2 }]);
	});
});
