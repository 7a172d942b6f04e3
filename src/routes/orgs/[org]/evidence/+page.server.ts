import { filterEvidence, parseEvidenceFilter } from '$lib/domain/evidence/filter';
import { now } from '$lib/server/clock';
import { listEvidence } from '$lib/server/evidence/library';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const all = await listEvidence(locals.session.pb, params.org, await now());
	const filter = parseEvidenceFilter(url.searchParams);
	return { evidence: filterEvidence(all, filter), total: all.length, filter };
};
