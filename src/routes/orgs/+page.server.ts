import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The list of one's organisations lives on the start page. */
export const load: PageServerLoad = ({ locals }) => {
	redirect(303, locals.session.user ? '/' : '/login?redirectTo=/');
};
