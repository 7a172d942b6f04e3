/**
 * The auditor's side, as the pages show it: the review state of a piece of
 * evidence, findings (severity, status, overdue) and evidence requests, and
 * what is waiting for whom. Pure.
 */
import { daysBetween, japanDate } from './dates';

export const VERDICTS = ['accepted', 'needs_more', 'rejected'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type ReviewState = Verdict | 'pending';

export const SEVERITIES = ['none', 'low', 'medium', 'high', 'crisis'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_STATUSES = ['open', 'responded', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const REQUEST_STATUSES = ['open', 'fulfilled', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The steps in a finding's history (finding_events.kind, written by pb_hooks/findings.pb.js). */
export const FINDING_EVENT_KINDS = ['raised', 'edited', 'responded', 'closed', 'reopened'] as const;
export type FindingEventKind = (typeof FINDING_EVENT_KINDS)[number];

export const REVIEW_LIMITS = { comment: 5000, title: 200, text: 10000, body: 5000, note: 5000 } as const;

export interface ReviewView {
	id: string;
	verdict: Verdict;
	comment: string;
	revision: string;
	reviewer: string;
	created: string;
}

export interface ReviewSummary {
	state: ReviewState;
	/** The latest review, when it concerns an earlier revision than the current one. */
	earlier: ReviewView | null;
	latest: ReviewView | null;
}

/**
 * The latest review of the current revision decides; a review of an earlier
 * revision leaves the evidence waiting for review again. Links (no revision)
 * take their latest review.
 */
export function reviewSummary(reviews: ReviewView[], currentRevision: string): ReviewSummary {
	const sorted = [...reviews].sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
	const latest = sorted[0] ?? null;
	const current = sorted.find((r) => !currentRevision || r.revision === currentRevision) ?? null;
	if (current) return { state: current.verdict, earlier: null, latest: current };
	return { state: 'pending', earlier: latest, latest: null };
}

/** Overdue: a due date before today (Japan) on something not finished. */
export function isOverdue(dueDate: string, finished: boolean, now: Date): boolean {
	return !!dueDate && !finished && daysBetween(japanDate(now), dueDate.slice(0, 10)) < 0;
}

export interface FindingView {
	id: string;
	target: { type: string; id: string; part: string };
	title: string;
	description: string;
	severity: Severity;
	recommendation: string;
	dueDate: string;
	status: FindingStatus;
	response: string;
	raisedBy: string;
	respondedBy: string;
	closedBy: string;
	fiscalYear: number;
	created: string;
	updated: string;
	overdue: boolean;
}

export interface RequestView {
	id: string;
	target: { type: string; id: string; part: string };
	title: string;
	body: string;
	dueDate: string;
	status: RequestStatus;
	evidence: string;
	resolution: string;
	requestedBy: string;
	resolvedBy: string;
	created: string;
	overdue: boolean;
}

export type Side = 'security' | 'auditor';

/** Findings waiting for a side: open ones for the security team, responded ones for the auditor. */
export function findingWaitsFor(f: Pick<FindingView, 'status'>, side: Side): boolean {
	return side === 'security' ? f.status === 'open' : f.status === 'responded';
}

/** Requests waiting for a side: open ones for the security team, fulfilled ones (to check) for the auditor. */
export function requestWaitsFor(r: Pick<RequestView, 'status'>, side: Side): boolean {
	return side === 'security' ? r.status === 'open' : r.status === 'fulfilled';
}

/** Evidence waiting for a side: not yet reviewed for the auditor, "needs more" or rejected for the security team. */
export function evidenceWaitsFor(state: ReviewState, side: Side): boolean {
	return side === 'auditor' ? state === 'pending' : state === 'needs_more' || state === 'rejected';
}

const SEVERITY_ORDER: Record<Severity, number> = { crisis: 0, high: 1, medium: 2, low: 3, none: 4 };

/** Open before responded before closed; then overdue first, severity, due date. */
export function sortFindings(list: FindingView[]): FindingView[] {
	const status: Record<FindingStatus, number> = { open: 0, responded: 1, closed: 2 };
	return [...list].sort(
		(a, b) =>
			status[a.status] - status[b.status] ||
			Number(b.overdue) - Number(a.overdue) ||
			SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
			(a.dueDate || '9999').localeCompare(b.dueDate || '9999') ||
			a.created.localeCompare(b.created)
	);
}
