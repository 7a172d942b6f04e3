import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Outside auditors' pages: only for a signed-in person; what they show is decided by PocketBase per grant. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
	if (!locals.session.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	return {};
};
