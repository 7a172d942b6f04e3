/**
 * Risk acceptance (リスク受容): a decision within treatment. The security team
 * requests it with a justification and an expiry; an executive approves
 * (through the one sign-off mechanism, which freezes a snapshot of what was
 * accepted) or rejects it. An approval expires at the start of the day after
 * its "valid through" date (Japan time) — enforced by the database, and
 * again here on read. Pure: `now` is a parameter.
 */
import { z } from 'zod';
import type { AnswerStatus } from '../selfcheck/answers';
import { ANSWER_STATUSES } from '../selfcheck/answers';
import { daysUntil, validThrough } from './dates';
import type { TreatmentOption } from './register';

export const ACCEPTANCE_STATUSES = ['requested', 'signed', 'rejected', 'withdrawn', 'revoked', 'expired'] as const;
export type AcceptanceStatus = (typeof ACCEPTANCE_STATUSES)[number];

export const ACCEPTANCE_LIMITS = { justification: 10000, comment: 5000, maxYears: 3 } as const;

export interface AcceptanceInput {
	id: string;
	risk: string;
	status: AcceptanceStatus;
	/** ISO instant the approval stops being valid. */
	expiresAt: string;
	created: string;
}

/** The status as of `now`: an approval past its expiry reads as expired even before the server's job has run. */
export function effectiveStatus(a: Pick<AcceptanceInput, 'status' | 'expiresAt'>, now: Date): AcceptanceStatus {
	return a.status === 'signed' && Date.parse(a.expiresAt) <= now.getTime() ? 'expired' : a.status;
}

export type Decision =
	| 'accepted' // a valid approval
	| 'reapproval' // a valid approval, but the risk got worse since (materialChanges): ask the executive again
	| 'requested' // waiting for an executive
	| 'needs_decision' // the approval expired, was revoked or rejected, or acceptance was chosen and never requested
	| 'treatment_required' // above tolerance, no treatment chosen
	| 'in_treatment' // a treatment other than acceptance is chosen
	| 'within_tolerance'; // nothing to decide

/** Where a risk stands on treatment and acceptance. `acceptances` are the risk's own, any order. */
export function decisionOf(
	risk: { treatment: TreatmentOption | ''; treatmentRequired: boolean },
	acceptances: readonly AcceptanceInput[],
	now: Date
): { decision: Decision; acceptance: AcceptanceInput | null } {
	const latest = [...acceptances].sort((a, b) => b.created.localeCompare(a.created))[0] ?? null;
	const status = latest ? effectiveStatus(latest, now) : null;
	if (status === 'signed') return { decision: 'accepted', acceptance: latest };
	if (status === 'requested') return { decision: 'requested', acceptance: latest };
	if (status === 'expired' || status === 'revoked' || status === 'rejected') return { decision: 'needs_decision', acceptance: latest };
	if (risk.treatment === 'accept') return { decision: 'needs_decision', acceptance: latest };
	if (risk.treatment) return { decision: 'in_treatment', acceptance: latest };
	return { decision: risk.treatmentRequired ? 'treatment_required' : 'within_tolerance', acceptance: latest };
}

export const REMINDER_WINDOWS = [30, 60, 90] as const;

/** Valid approvals expiring within 90 days, by window (30 / 60 / 90), soonest first. */
export function expiryReminders<T extends AcceptanceInput>(
	acceptances: readonly T[],
	now: Date
): { days: number; window: number; acceptance: T }[] {
	return acceptances
		.filter((a) => effectiveStatus(a, now) === 'signed')
		.map((a) => ({ days: daysUntil(validThrough(a.expiresAt), now), acceptance: a }))
		.filter((r) => r.days <= 90)
		.map((r) => ({ ...r, window: REMINDER_WINDOWS.find((w) => r.days <= w) ?? 90 }))
		.sort((a, b) => a.days - b.days);
}

/** How good a control answer is, for "worse than when accepted" (not applicable counts as no control). */
export const ANSWER_RANK: Record<AnswerStatus, number> = {
	implemented: 4,
	alternative: 3,
	partial: 2,
	not_implemented: 1,
	unanswered: 0,
	not_applicable: 0
};

const level = z.strictObject({
	likelihood: z.number().int(),
	impact: z.number().int(),
	level: z.number().int(),
	label: z.strictObject({ ja: z.string(), en: z.string() })
});

/** What an approval froze (built by pb_hooks/lib/risk-acceptance.js at sign-off). */
export const acceptanceSnapshotSchema = z.strictObject({
	subject: z.literal('risk_acceptances'),
	id: z.string(),
	organisation: z.string(),
	risk: z.strictObject({
		id: z.string(),
		ref: z.string(),
		title: z.string(),
		scenario: z.string(),
		category: z.string(),
		threat: z.string(),
		owner: z.string(),
		services: z.array(z.string()),
		systems: z.array(z.string()),
		dependencies: z.array(z.string()),
		controls: z.string(),
		treatment: z.string(),
		treatmentPlan: z.string()
	}),
	criteria: z.strictObject({ id: z.string(), version: z.number().int(), contentSha256: z.string() }),
	levels: z.strictObject({ inherent: level.nullable(), current: level.nullable(), target: level.nullable() }),
	controls: z.array(
		z.strictObject({
			key: z.string(),
			title: z.string(),
			status: z.enum([...ANSWER_STATUSES, 'not_in_selfcheck']),
			fiscalYear: z.number().int().nullable()
		})
	),
	justification: z.string(),
	expiresAt: z.string(),
	requestedBy: z.string()
});
export type AcceptanceSnapshot = z.infer<typeof acceptanceSnapshotSchema>;

export function parseSnapshot(input: unknown): AcceptanceSnapshot | null {
	const r = acceptanceSnapshotSchema.safeParse(input);
	return r.success ? r.data : null;
}

export type MaterialChange =
	| { kind: 'level_up'; stage: 'current' | 'target'; from: number; to: number }
	| { kind: 'control_worse'; key: string; title: string; from: string; to: string };

/**
 * What has changed for the worse since the approval: a current or target
 * level above the accepted one (only when analysed with the same criteria
 * version), or a control whose self-check answer got worse. Non-empty =
 * ask the executive to approve again.
 */
export function materialChanges(
	snapshot: AcceptanceSnapshot,
	now: { criteria: string; current: number | null; target: number | null; controls: Map<string, AnswerStatus | 'not_in_selfcheck'> }
): MaterialChange[] {
	const out: MaterialChange[] = [];
	if (now.criteria === snapshot.criteria.id) {
		for (const stage of ['current', 'target'] as const) {
			const before = snapshot.levels[stage]?.level ?? null;
			const after = now[stage];
			if (before !== null && after !== null && after > before) out.push({ kind: 'level_up', stage, from: before, to: after });
		}
	}
	const rank = (s: string) => (s in ANSWER_RANK ? ANSWER_RANK[s as AnswerStatus] : 0);
	for (const c of snapshot.controls) {
		const current = now.controls.get(c.key) ?? 'not_in_selfcheck';
		if (rank(current) < rank(c.status)) out.push({ kind: 'control_worse', key: c.key, title: c.title, from: c.status, to: current });
	}
	return out;
}

/** The decision once the changes since a valid approval are known: a risk that got worse needs approving again. */
export function withChanges(decision: Decision, changes: readonly MaterialChange[]): Decision {
	return decision === 'accepted' && changes.length > 0 ? 'reapproval' : decision;
}

/** Decisions an executive or the security team still has to take (expired, revoked, rejected, never requested, worse since approval). */
export function needsDecision(decision: Decision | string): boolean {
	return decision === 'needs_decision' || decision === 'reapproval';
}
