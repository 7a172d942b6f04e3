import { now } from '$lib/server/clock';
import { myGrants } from '$lib/server/evidence/grants';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	grants: locals.session.user ? await myGrants(locals.session.pb, locals.session.user.id, await now()) : []
});
