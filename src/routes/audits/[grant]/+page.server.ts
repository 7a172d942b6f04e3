import { now } from '$lib/server/clock';
import { readScope, workspace } from '$lib/server/evidence/scope';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const answer = await readScope(locals.session.pb, params.grant);
	if (answer === 'ended') return { ended: true as const };
	return { ended: false as const, ws: workspace(answer, url.searchParams.get('revision'), locals.session.lang, await now()) };
};
