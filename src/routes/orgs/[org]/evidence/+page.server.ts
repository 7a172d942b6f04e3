import { filterEvidence, parseEvidenceFilter } from '$lib/domain/evidence/filter';
import type { ReviewSummary } from '$lib/domain/evidence/review';
import { pageOf, requestedPage } from '$lib/domain/paging';
import { now } from '$lib/server/clock';
import { findingsWhere, requestsWhere, reviewsOfOrganisation, summaryOf } from '$lib/server/evidence/audit-work';
import { listEvidence } from '$lib/server/evidence/library';
import type { PageServerLoad } from './$types';

/**
 * The evidence list a page at a time (`?page=`, 30 a page, newest change
 * first): search, kind, expiry and review state filter every record, the
 * summary counts every record, finding and request, and the page data holds
 * only the records of the page shown (with their review states) and the
 * states the summary counts.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const pb = locals.session.pb;
	const at = await now();
	const org = pb.filter('organisation = {:o}', { o: params.org });
	const [findings, requests, all, reviewed] = await Promise.all([
		findingsWhere(pb, org, at),
		requestsWhere(pb, org, at),
		listEvidence(pb, params.org, at),
		reviewsOfOrganisation(pb, params.org)
	]);
	const summaries = new Map<string, ReviewSummary>(all.map((e) => [e.id, summaryOf(reviewed, e)]));
	const stateOf = (id: string) => summaries.get(id)?.state ?? 'pending';
	const filter = parseEvidenceFilter(url.searchParams);
	const shown = pageOf(filterEvidence(all, filter, stateOf), requestedPage(url.searchParams));
	return {
		evidence: shown.items,
		paging: shown.paging,
		reviews: Object.fromEntries(shown.items.flatMap((e) => (summaries.has(e.id) ? [[e.id, summaries.get(e.id) as ReviewSummary]] : []))),
		total: all.length,
		filter,
		summary: {
			findings: findings.map((f) => ({ status: f.status, overdue: f.overdue })),
			requests: requests.map((r) => ({ status: r.status, overdue: r.overdue })),
			evidence: all.map((e) => ({ review: { state: stateOf(e.id) }, evidence: { expiry: e.expiry } }))
		}
	};
};
