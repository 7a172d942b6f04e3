/** PocketBase records of the auditor's side, and what the pages show of them. */
import { isOverdue, type FindingEventKind, type FindingView, type RequestView, type ReviewView } from '$lib/domain/evidence/review';

export interface ReviewRecord {
	id: string;
	evidence: string;
	revision: string;
	verdict: ReviewView['verdict'];
	comment: string;
	reviewer_name: string;
	created: string;
}

interface TargetFields {
	target_type: string;
	target_id: string;
	target_part: string;
}

export interface FindingRecord extends TargetFields {
	id: string;
	organisation: string;
	title: string;
	description: string;
	severity: FindingView['severity'];
	recommendation: string;
	due_date: string;
	status: FindingView['status'];
	response: string;
	raised_by_name: string;
	responded_by_name: string;
	closed_by_name: string;
	fiscal_year: number;
	created: string;
	updated: string;
}

export interface FindingEventRecord {
	id: string;
	finding: string;
	kind: FindingEventKind;
	status: string;
	body: string;
	author_name: string;
	created: string;
}

export interface RequestRecord extends TargetFields {
	id: string;
	organisation: string;
	title: string;
	body: string;
	due_date: string;
	status: RequestView['status'];
	evidence: string;
	resolution: string;
	requested_by_name: string;
	resolved_by_name: string;
	created: string;
}

const day = (value: string) => (value ? value.slice(0, 10) : '');
const targetOf = (r: TargetFields) => ({ type: r.target_type, id: r.target_id, part: r.target_part });

export const reviewView = (r: ReviewRecord): ReviewView => ({
	id: r.id,
	verdict: r.verdict,
	comment: r.comment,
	revision: r.revision,
	reviewer: r.reviewer_name,
	created: r.created
});

export function reviewsByEvidence(records: ReviewRecord[]): Map<string, ReviewView[]> {
	const out = new Map<string, ReviewView[]>();
	for (const r of records) out.set(r.evidence, [...(out.get(r.evidence) ?? []), reviewView(r)]);
	return out;
}

export const findingView = (r: FindingRecord, now: Date): FindingView => ({
	id: r.id,
	target: targetOf(r),
	title: r.title,
	description: r.description,
	severity: r.severity,
	recommendation: r.recommendation,
	dueDate: day(r.due_date),
	status: r.status,
	response: r.response,
	raisedBy: r.raised_by_name,
	respondedBy: r.responded_by_name,
	closedBy: r.closed_by_name,
	fiscalYear: r.fiscal_year,
	created: r.created,
	updated: r.updated,
	overdue: isOverdue(day(r.due_date), r.status === 'closed', now)
});

export const requestView = (r: RequestRecord, now: Date): RequestView => ({
	id: r.id,
	target: targetOf(r),
	title: r.title,
	body: r.body,
	dueDate: day(r.due_date),
	status: r.status,
	evidence: r.evidence,
	resolution: r.resolution,
	requestedBy: r.requested_by_name,
	resolvedBy: r.resolved_by_name,
	created: r.created,
	overdue: isOverdue(day(r.due_date), r.status !== 'open', now)
});
