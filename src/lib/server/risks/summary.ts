/**
 * The risk summary of the organisation's start page: overdue treatment
 * actions, acceptances expiring within 30 days, risks needing a decision,
 * risks due for review — read with the user's own token, dated by the server clock.
 */
import type PocketBase from 'pocketbase';
import { expiryReminders, needsDecision } from '$lib/domain/risks/acceptance';
import { validThrough } from '$lib/domain/risks/dates';
import { isOverdue } from '$lib/domain/risks/forms';
import { dueForReview } from '$lib/domain/risks/register';
import { toAcceptanceInput } from './records';
import { loadRegister } from './register';

export interface RiskSummary {
	overdue: { id: string; risk: string; ref: string; title: string; owner: string; dueDate: string }[];
	expiring: { id: string; ref: string; title: string; validThrough: string; days: number }[];
	decisions: { id: string; ref: string; title: string; decision: string }[];
	dueForReview: number;
	open: number;
}

export async function riskSummary(pb: PocketBase, org: string): Promise<RiskSummary> {
	const register = await loadRegister(pb, org);
	const now = new Date(register.now);
	const risks = new Map(register.rows.map((r) => [r.id, r]));
	const open = register.rows.filter((r) => r.status === 'open');
	return {
		overdue: register.actions
			.filter((a) => isOverdue(a, now) && risks.get(a.risk)?.status === 'open')
			.map((a) => ({ id: a.id, risk: a.risk, ref: risks.get(a.risk)?.ref ?? '', title: a.title, owner: a.owner, dueDate: a.due_date })),
		expiring: expiryReminders(
			register.acceptances.map((a) => ({ ...toAcceptanceInput(a), status: a.status })),
			now
		)
			.filter((r) => r.window === 30)
			.map((r) => ({
				id: r.acceptance.id,
				ref: risks.get(r.acceptance.risk)?.ref ?? '',
				title: risks.get(r.acceptance.risk)?.title ?? '',
				validThrough: validThrough(r.acceptance.expiresAt),
				days: r.days
			})),
		decisions: open
			.filter((r) => needsDecision(r.decision) || r.decision === 'treatment_required')
			.map((r) => ({ id: r.id, ref: r.ref, title: r.title, decision: r.decision })),
		dueForReview: dueForReview(open, 0).length,
		open: open.length
	};
}
