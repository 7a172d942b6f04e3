import { loadPlansSummary } from '$lib/server/plans/summary';
import { riskSummary } from '$lib/server/risks/summary';
import type { PageServerLoad } from './$types';

/** The organisation's start page: what needs attention in each area (each area adds its summary here). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const [risks, plans] = await Promise.all([riskSummary(locals.session.pb, params.org), loadPlansSummary(locals.session.pb, params.org)]);
	return { riskSummary: risks, plansSummary: plans };
};
