/** Reads of the auditor's side with the user's own token: reviews, findings, requests and the follow-up overview. */
import type PocketBase from 'pocketbase';
import {
	reviewSummary,
	sortFindings,
	type FindingView,
	type RequestView,
	type ReviewSummary,
	type ReviewView
} from '$lib/domain/evidence/review';
import { targetKey, type TargetInfo } from '$lib/domain/evidence/targets';
import type { EvidenceView } from '$lib/domain/evidence/view';
import type { Lang } from '$lib/i18n';
import { listEvidence } from './library';
import {
	findingView,
	requestView,
	reviewsByEvidence,
	type FindingEventRecord,
	type FindingRecord,
	type RequestRecord,
	type ReviewRecord
} from './review-views';
import { describeTargets } from './targets';

const idFilter = (pb: PocketBase, field: string, ids: readonly string[]) =>
	ids.length ? `(${ids.map((id, i) => pb.filter(`${field} = {:v${i}}`, { [`v${i}`]: id })).join(' || ')})` : '';

/** PocketBase refuses a filter of more than about 200 expressions (400): ids are asked for this many at a time. */
const IDS_PER_QUERY = 100;

export async function reviewsOf(pb: PocketBase, evidenceIds: readonly string[]): Promise<Map<string, ReviewView[]>> {
	const unique = [...new Set(evidenceIds)];
	if (unique.length === 0) return new Map();
	const chunks: string[][] = [];
	for (let i = 0; i < unique.length; i += IDS_PER_QUERY) chunks.push(unique.slice(i, i + IDS_PER_QUERY));
	const parts = await Promise.all(
		chunks.map((ids) =>
			pb.collection('evidence_reviews').getFullList<ReviewRecord>({ filter: idFilter(pb, 'evidence', ids), sort: 'created' })
		)
	);
	// one list in creation order, as a single query would give
	const records = parts.flat().sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
	return reviewsByEvidence(records);
}

/** Every review of an organisation's evidence in one query (for lists that need the review state of every record). */
export async function reviewsOfOrganisation(pb: PocketBase, orgId: string): Promise<Map<string, ReviewView[]>> {
	const records = await pb
		.collection('evidence_reviews')
		.getFullList<ReviewRecord>({ filter: pb.filter('organisation = {:o}', { o: orgId }), sort: 'created,id' });
	return reviewsByEvidence(records);
}

export function summaryOf(reviews: Map<string, ReviewView[]>, evidence: Pick<EvidenceView, 'id' | 'current'>): ReviewSummary {
	return reviewSummary(reviews.get(evidence.id) ?? [], evidence.current?.id ?? '');
}

export async function findingsWhere(pb: PocketBase, filter: string, now: Date): Promise<FindingView[]> {
	const records = await pb.collection('findings').getFullList<FindingRecord>({ filter, sort: 'created' });
	return sortFindings(records.map((r) => findingView(r, now)));
}

export async function requestsWhere(pb: PocketBase, filter: string, now: Date): Promise<RequestView[]> {
	const records = await pb.collection('evidence_requests').getFullList<RequestRecord>({ filter, sort: '-created' });
	return records.map((r) => requestView(r, now));
}

export async function findingHistory(pb: PocketBase, findingId: string): Promise<FindingEventRecord[]> {
	return pb
		.collection('finding_events')
		.getFullList<FindingEventRecord>({ filter: pb.filter('finding = {:f}', { f: findingId }), sort: 'created' });
}

export interface Described<T> {
	item: T;
	target: TargetInfo | null;
}

export async function describe<T extends { target: { type: string; id: string; part: string } }>(
	pb: PocketBase,
	orgId: string,
	items: T[],
	lang: Lang
): Promise<Described<T>[]> {
	const info = await describeTargets(
		pb,
		orgId,
		items.map((i) => i.target),
		lang
	);
	return items.map((item) => ({ item, target: info.get(targetKey(item.target)) ?? null }));
}

export interface EvidenceReviewRow {
	evidence: EvidenceView;
	review: ReviewSummary;
}

/** Everything the follow-up page and the start-page summary count. */
export async function followUp(pb: PocketBase, orgId: string, now: Date, lang: Lang) {
	const org = pb.filter('organisation = {:o}', { o: orgId });
	const [findings, requests, evidence] = await Promise.all([
		findingsWhere(pb, org, now),
		requestsWhere(pb, org, now),
		listEvidence(pb, orgId, now)
	]);
	const reviews = await reviewsOf(
		pb,
		evidence.map((e) => e.id)
	);
	const rows: EvidenceReviewRow[] = evidence.map((e) => ({ evidence: e, review: summaryOf(reviews, e) }));
	return {
		findings: await describe(pb, orgId, findings, lang),
		requests: await describe(pb, orgId, requests, lang),
		evidence: rows
	};
}
