/**
 * The plans area at a glance, for the organisation's start page: each plan's
 * state (not started, draft, waiting for approval, approved) with its review
 * date checked against the clock, improvement actions past their due date,
 * open incidents and report drafts not yet recorded as sent. Pure: the
 * server reads the records, `now` comes from the clock.
 */
import { isOverdue, type ActionStatus } from './actions';
import { reviewState, type ReviewState } from './review';
import type { PlanKind } from './templates';
import type { PlanVersionStatus } from './facts';

export interface PlanStateInput {
	kind: PlanKind;
	started: boolean;
	latestStatus: PlanVersionStatus | null;
	/** The review date of the newest approved version, if any. */
	approvedReviewBy: string | null;
	approved: boolean;
}

export interface PlanCard {
	kind: PlanKind;
	stage: 'not_started' | 'draft' | 'submitted' | 'approved';
	review: ReviewState;
	/** Needs someone now: overdue or due within 30 days, waiting for approval, or never approved. */
	attention: boolean;
}

export interface ActionInput {
	id: string;
	finding: string;
	owner: string;
	due_date: string;
	status: ActionStatus;
	exercise?: string;
	incident?: string;
}

export interface PlansSummary {
	plans: PlanCard[];
	overdueActions: ActionInput[];
	openActions: number;
	openIncidents: { id: string; title: string; detectedAt: string; unsentReports: number }[];
}

export function planCard(input: PlanStateInput, now: Date): PlanCard {
	const review = input.approved ? reviewState(input.approvedReviewBy, now) : ({ state: 'none' } as const);
	// an edited draft on top of an approved version is still an approved plan: the draft is work in progress
	const stage = !input.started ? 'not_started' : input.latestStatus === 'submitted' ? 'submitted' : input.approved ? 'approved' : 'draft';
	const attention = stage !== 'approved' || review.state === 'overdue' || review.state === 'due_soon' || review.state === 'none';
	return { kind: input.kind, stage, review, attention };
}

export function plansSummary(
	plans: readonly PlanStateInput[],
	actions: readonly ActionInput[],
	incidents: readonly { id: string; title: string; detected_at: string; status: string }[],
	unsentByIncident: ReadonlyMap<string, number>,
	now: Date
): PlansSummary {
	const open = actions.filter((a) => a.status !== 'closed');
	return {
		plans: plans.map((p) => planCard(p, now)),
		overdueActions: open.filter((a) => isOverdue(a, now)).sort((a, b) => a.due_date.localeCompare(b.due_date)),
		openActions: open.length,
		openIncidents: incidents
			.filter((i) => i.status !== 'closed')
			.map((i) => ({ id: i.id, title: i.title, detectedAt: i.detected_at, unsentReports: unsentByIncident.get(i.id) ?? 0 }))
	};
}
