/**
 * What the board report says, computed once from its snapshot: this year's
 * scores against last year's, the gaps closed and opened, risks newly
 * accepted, acceptances expiring or expired, open findings, overdue actions,
 * plans approved and exercises held in the fiscal year. "Today" is the day
 * (in Japan) the snapshot was read. Pure.
 */
import type { AnswerStatus } from '../../selfcheck/answers';
import { daysUntil, jstDate, validThrough } from '../../risks/dates';
import type { ReportLanguage } from '../model';
import { buildContext, type ReportContext } from '../selfcheck/context';
import type { BoardSnapshot } from './snapshot';

/** An answer that leaves a gap to close (as the self-check report lists gaps). */
export const GAP_STATUSES: readonly AnswerStatus[] = ['not_implemented', 'unanswered', 'partial'];
export const isGap = (status: AnswerStatus): boolean => GAP_STATUSES.includes(status);

/** Approved acceptances expiring within this many days are listed as expiring. */
export const EXPIRY_WINDOW_DAYS = 90;

export interface GapChange {
	checklistId: string;
	itemId: string;
	title: string;
	previous: AnswerStatus | null;
	current: AnswerStatus;
}

type Snap = BoardSnapshot;
export interface DatedAcceptance {
	acceptance: Snap['acceptances'][number];
	risk: Snap['risks'][number];
	/** Days until it expires (negative: expired that many days ago). */
	days: number;
}

export interface BoardFacts {
	today: string;
	ctx: ReportContext;
	/** Items that were a gap last year and are not now. */
	gapsClosed: GapChange[];
	/** Items that are a gap now and were not last year (or are new this year). */
	gapsOpened: GapChange[];
	/** Gaps now (scored items only). */
	gapsNow: number;
	newlyAccepted: DatedAcceptance[];
	expiring: DatedAcceptance[];
	expired: DatedAcceptance[];
	openFindings: Snap['findings'];
	overdueFindings: Snap['findings'];
	overdueRiskActions: (Omit<Snap['riskActions'][number], 'risk'> & { risk: Snap['risks'][number] })[];
	overdueImprovements: Snap['improvementActions'];
	plansApproved: Snap['planVersions'];
	exercisesHeld: Snap['exercises'];
}

const within = (day: string, period: Snap['period']) => day >= period.start && day <= period.end;
const overdue = (due: string | null, today: string) => due !== null && due < today;

export function boardFacts(snap: BoardSnapshot, lang: ReportLanguage): BoardFacts {
	const ctx = buildContext(snap.selfcheck, lang);
	const now = new Date(snap.generatedAt);
	const today = jstDate(now);
	const key = (checklistId: string, itemId: string) => `${checklistId}\u0000${itemId}`;
	const previous = new Map((snap.selfcheck.previous?.items ?? []).map((p) => [key(p.checklistId, p.itemId), p.status]));
	const gapsClosed: GapChange[] = [];
	const gapsOpened: GapChange[] = [];
	if (snap.selfcheck.previous) {
		for (const item of ctx.counted) {
			const before = previous.get(key(item.checklistId, item.itemId)) ?? null;
			const change = {
				checklistId: item.checklistId,
				itemId: item.itemId,
				title: ctx.t(item.title),
				previous: before,
				current: item.answer.status
			};
			if (before !== null && isGap(before) && !isGap(item.answer.status)) gapsClosed.push(change);
			if (isGap(item.answer.status) && (before === null || !isGap(before))) gapsOpened.push(change);
		}
	}
	const risks = new Map(snap.risks.map((r) => [r.id, r]));
	const dated = snap.acceptances.flatMap((acceptance): DatedAcceptance[] => {
		const risk = risks.get(acceptance.risk);
		return risk ? [{ acceptance, risk, days: daysUntil(validThrough(acceptance.expiresAt), now) }] : [];
	});
	// approved: signed, or signed and since expired (the risk snapshot reads a lapsed approval as expired)
	const approved = dated.filter((d) => (d.acceptance.status === 'signed' || d.acceptance.status === 'expired') && d.acceptance.approval);
	const valid = approved.filter((d) => Date.parse(d.acceptance.expiresAt) > now.getTime());
	const byDays = (a: DatedAcceptance, b: DatedAcceptance) => a.days - b.days;
	const openFindings = snap.findings.filter((f) => f.status !== 'closed');
	return {
		today,
		ctx,
		gapsClosed,
		gapsOpened,
		gapsNow: ctx.counted.filter((item) => isGap(item.answer.status)).length,
		newlyAccepted: approved.filter((d) => d.acceptance.approval && within(jstDate(d.acceptance.approval.signedAt), snap.period)),
		expiring: valid.filter((d) => d.days <= EXPIRY_WINDOW_DAYS).sort(byDays),
		// an expired approval matters while its risk is still open
		expired: approved.filter((d) => Date.parse(d.acceptance.expiresAt) <= now.getTime() && d.risk.status === 'open').sort(byDays),
		openFindings,
		overdueFindings: openFindings.filter((f) => overdue(f.dueDate, today)),
		overdueRiskActions: snap.riskActions
			.filter((a) => (a.status === 'planned' || a.status === 'in_progress') && overdue(a.dueDate, today))
			.flatMap((a) => {
				const risk = risks.get(a.risk);
				return risk ? [{ ...a, risk }] : [];
			}),
		overdueImprovements: snap.improvementActions.filter((a) => a.status !== 'closed' && overdue(a.dueDate, today)),
		plansApproved: snap.planVersions.filter((v) => within(jstDate(v.signedAt), snap.period)),
		exercisesHeld: snap.exercises.filter((e) => within(e.heldOn, snap.period))
	};
}
