/**
 * An outside auditor's workspace, built from the one scope answer PocketBase
 * gives the grant holder (pb_hooks/audit-scope.pb.js; each read is in the
 * organisation's audit trail): the chosen revision of the fiscal year's
 * self-check with its items and answers, the evidence linked to them with
 * their reviews, and the findings and requests on them.
 */
import { error } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { checklistSchema } from '$lib/domain/checklists/schema';
import type { LinkedEvidence } from '$lib/domain/evidence/links';
import {
	reviewSummary,
	sortFindings,
	type FindingView,
	type RequestView,
	type ReviewSummary,
	type ReviewView
} from '$lib/domain/evidence/review';
import { targetKey } from '$lib/domain/evidence/targets';
import { evidenceView, revisionView, type EvidenceView, type RevisionView } from '$lib/domain/evidence/view';
import { itemKey } from '$lib/domain/selfcheck/view/types';
import type { Lang } from '$lib/i18n';
import { statusOf } from '$lib/server/pocketbase';
import { itemViews } from '$lib/server/selfcheck/pinned';
import type { PinnedChecklistHead } from '$lib/server/selfcheck/records';
import type { LinkRecord } from './links';
import type { EvidenceRecord, RevisionRecord } from './records';
import {
	findingView,
	requestView,
	reviewsByEvidence,
	type FindingEventRecord,
	type FindingRecord,
	type RequestRecord,
	type ReviewRecord
} from './review-views';

interface ScopeAnswer {
	grant: { id: string; fiscal_year: number; until: string; note: string; granted_by_name: string };
	organisation: { id: string; name: string; name_en: string; sector: string; operator_class: string; fy_start_month: number };
	assessments: { id: string; fiscal_year: number; revision: number; status: 'draft' | 'submitted' | 'signed'; checklists: string[] }[];
	checklists: (PinnedChecklistHead & { content: unknown })[];
	answers: {
		assessment: string;
		checklist: string;
		item_id: string;
		status: string;
		justification: string;
		owner: string;
		target_date: string;
	}[];
	links: LinkRecord[];
	evidence: EvidenceRecord[];
	revisions: RevisionRecord[];
	reviews: ReviewRecord[];
	findings: FindingRecord[];
	findingEvents: FindingEventRecord[];
	requests: RequestRecord[];
}

export async function readScope(pb: PocketBase, grantId: string): Promise<ScopeAnswer | 'ended'> {
	try {
		return await pb.send<ScopeAnswer>(`/api/mamori/audit-grants/${encodeURIComponent(grantId)}/scope`, { method: 'GET' });
	} catch (err) {
		if (statusOf(err) === 403) return 'ended';
		error(statusOf(err) === 404 ? 404 : 500, 'audit access not found');
	}
}

export interface Workspace {
	grant: ScopeAnswer['grant'];
	organisation: ScopeAnswer['organisation'];
	revisions: { id: string; revision: number; status: string }[];
	assessment: ScopeAnswer['assessments'][number] | null;
	items: ReturnType<typeof itemViews>['items'];
	answers: Record<string, { status: string; justification: string; owner: string; targetDate: string }>;
	linked: Record<string, LinkedEvidence[]>;
	evidence: Record<string, { evidence: EvidenceView; revisions: RevisionView[]; review: ReviewSummary; reviews: ReviewView[] }>;
	findings: FindingView[];
	events: FindingEventRecord[];
	requests: RequestView[];
}

export function workspace(answer: ScopeAnswer, revisionId: string | null, lang: Lang, now: Date): Workspace {
	const assessment = answer.assessments.find((a) => a.id === revisionId) ?? answer.assessments.at(-1) ?? null;
	const pinned = answer.checklists
		.filter((c) => assessment?.checklists.includes(c.id))
		.map((c) => ({ head: c, checklist: checklistSchema.parse(c.content) }));
	const org = { sector: answer.organisation.sector, operatorClass: answer.organisation.operator_class } as Parameters<typeof itemViews>[1];
	const { items } = itemViews(pinned, org, lang);
	const answers: Workspace['answers'] = {};
	for (const a of answer.answers.filter((x) => x.assessment === assessment?.id)) {
		answers[itemKey(a.checklist, a.item_id)] = {
			status: a.status,
			justification: a.justification,
			owner: a.owner,
			targetDate: a.target_date.slice(0, 10)
		};
	}
	const reviews = reviewsByEvidence(answer.reviews);
	const revisionsOf = (id: string) => answer.revisions.filter((r) => r.evidence === id).sort((a, b) => b.number - a.number);
	const evidence: Workspace['evidence'] = {};
	for (const e of answer.evidence) {
		const revs = revisionsOf(e.id);
		const view = evidenceView(
			e,
			revs.find((r) => r.id === e.current_revision),
			now
		);
		const history = reviews.get(e.id) ?? [];
		evidence[e.id] = {
			evidence: view,
			revisions: revs.map(revisionView),
			review: reviewSummary(history, view.current?.id ?? ''),
			reviews: [...history].reverse()
		};
	}
	const linked: Workspace['linked'] = {};
	for (const link of answer.links.filter((l) => l.target_id === assessment?.id)) {
		const found = evidence[link.evidence];
		if (!found) continue;
		const key = targetKey({ type: link.target_type, id: link.target_id, part: link.target_part });
		(linked[key] ??= []).push({
			linkId: link.id,
			evidence: found.evidence,
			review: reviewSummary(reviews.get(link.evidence) ?? [], found.evidence.current?.id ?? '')
		});
	}
	return {
		grant: answer.grant,
		organisation: answer.organisation,
		revisions: answer.assessments.map((a) => ({ id: a.id, revision: a.revision, status: a.status })),
		assessment,
		items,
		answers,
		linked,
		evidence,
		findings: sortFindings(answer.findings.map((f) => findingView(f, now))),
		events: answer.findingEvents,
		requests: answer.requests.map((r) => requestView(r, now))
	};
}

export type { ScopeAnswer };

/** The name of a target in the workspace: an item of the shown revision, or a piece of evidence in scope; null when outside. */
export function findItemTitle(ws: Workspace, target: { type: string; id: string; part: string }, lang: Lang): string | null {
	if (target.type === 'evidence') return ws.evidence[target.id]?.evidence.title ?? null;
	if (target.type !== 'selfcheck_item' || ws.assessment?.id !== target.id) return null;
	const item = ws.items.find((i) => i.key === target.part);
	return item ? `${item.itemId} ${item.title[lang]}` : null;
}
