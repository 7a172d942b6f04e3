/**
 * What the self-check report (and the audit package made from it) knows of
 * evidence and findings, read with the user's own token when the report's
 * snapshot is taken: each item's linked evidence with its current revision,
 * period, expiry and review state, and the findings on the items and on that
 * evidence. Reads only records, nothing of the pages (the report CLI runs
 * this too, without SvelteKit).
 */
import type PocketBase from 'pocketbase';
import type { LinkedEvidence } from '$lib/domain/evidence/links';
import { reviewSummary } from '$lib/domain/evidence/review';
import { evidenceView } from '$lib/domain/evidence/view';
import type { SnapshotEvidence, SnapshotFinding } from '$lib/domain/reports/selfcheck/snapshot';
import type { LinkRecord } from './links';
import { findingView, reviewsByEvidence, type FindingRecord, type ReviewRecord } from './review-views';

export function snapshotEvidence({ evidence: e, review }: LinkedEvidence): SnapshotEvidence {
	const current = e.kind === 'file' ? e.current : null;
	return {
		id: e.id,
		title: e.title,
		kind: e.kind,
		period: { fiscalYear: e.period.fiscalYear || null, from: e.period.from, to: e.period.to },
		expiresOn: e.expiresOn,
		url: e.url,
		revision: current ? { id: current.id, number: current.number, name: current.name, size: current.size, sha256: current.sha256 } : null,
		review: review.state
	};
}

export interface ReportEvidence {
	/** By item key (the link's part, "<pinned checklist>:<item id>"). */
	byItem: Map<string, SnapshotEvidence[]>;
	findings: SnapshotFinding[];
}

/** `items` maps each asked item's key to its checklist and item id; findings on other parts are left out. */
export async function reportEvidence(
	pb: PocketBase,
	assessmentId: string,
	items: Map<string, { checklistId: string; itemId: string }>,
	now: Date
): Promise<ReportEvidence> {
	const links = await pb.collection('evidence_links').getFullList<LinkRecord>({
		filter: pb.filter('target_type = "selfcheck_item" && target_id = {:a}', { a: assessmentId }),
		sort: 'created,id',
		expand: 'evidence.current_revision'
	});
	const used = [...new Set(links.filter((l) => items.has(l.target_part) && l.expand?.evidence).map((l) => l.evidence))];
	const reviewFilter = used.map((id, i) => pb.filter(`evidence = {:e${i}}`, { [`e${i}`]: id })).join(' || ');
	const reviews = reviewFilter
		? reviewsByEvidence(await pb.collection('evidence_reviews').getFullList<ReviewRecord>({ filter: reviewFilter, sort: 'created,id' }))
		: new Map();
	const byItem = new Map<string, SnapshotEvidence[]>();
	for (const link of links) {
		const record = link.expand?.evidence;
		if (!record || !items.has(link.target_part)) continue;
		const evidence = evidenceView(record, record.expand?.current_revision, now);
		const review = reviewSummary(reviews.get(record.id) ?? [], evidence.current?.id ?? '');
		byItem.set(link.target_part, [...(byItem.get(link.target_part) ?? []), snapshotEvidence({ linkId: link.id, evidence, review })]);
	}
	const onEvidence = used.map((id, i) => pb.filter(`target_id = {:e${i}}`, { [`e${i}`]: id }));
	const filter = [
		pb.filter('(target_type = "selfcheck_item" && target_id = {:a})', { a: assessmentId }),
		...(onEvidence.length ? [`(target_type = "evidence" && (${onEvidence.join(' || ')}))`] : [])
	].join(' || ');
	// in the order raised, not by what is overdue today: the snapshot (and its hash) must not change with the date
	const records = await pb.collection('findings').getFullList<FindingRecord>({ filter, sort: 'created,id' });
	const raised = records.map((r) => findingView(r, now)).sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
	const findings = raised.flatMap((f): SnapshotFinding[] => {
		const item = f.target.type === 'selfcheck_item' ? items.get(f.target.part) : undefined;
		if (f.target.type === 'selfcheck_item' && !item) return [];
		return [
			{
				id: f.id,
				item: item ?? null,
				evidenceId: item ? null : f.target.id,
				title: f.title,
				severity: f.severity,
				status: f.status,
				dueDate: f.dueDate.slice(0, 10),
				raisedBy: f.raisedBy,
				response: f.response
			}
		];
	});
	return { byItem, findings };
}
