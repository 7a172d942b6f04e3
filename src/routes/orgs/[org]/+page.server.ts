import { riskSummary } from '$lib/server/risks/summary';
import type { PageServerLoad } from './$types';

/** The organisation's start page: what needs attention in each area (each area adds its summary here). */
export const load: PageServerLoad = async ({ locals, params }) => ({
	riskSummary: await riskSummary(locals.session.pb, params.org)
});
