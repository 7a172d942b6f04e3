import { filterEvidence, parseEvidenceFilter } from '$lib/domain/evidence/filter';
import type { ReviewSummary } from '$lib/domain/evidence/review';
import { now } from '$lib/server/clock';
import { followUp } from '$lib/server/evidence/audit-work';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const work = await followUp(locals.session.pb, params.org, await now(), locals.session.lang);
	const reviews: Record<string, ReviewSummary> = Object.fromEntries(work.evidence.map((row) => [row.evidence.id, row.review]));
	const all = work.evidence.map((row) => row.evidence);
	const filter = parseEvidenceFilter(url.searchParams);
	return {
		evidence: filterEvidence(all, filter, (id) => reviews[id]?.state ?? 'pending'),
		reviews,
		total: all.length,
		filter,
		summary: { findings: work.findings.map((f) => f.item), requests: work.requests.map((r) => r.item), evidence: work.evidence }
	};
};
