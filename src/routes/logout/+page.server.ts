import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: ({ cookies, locals }) => {
		locals.session.pb.authStore.clear();
		endSession(cookies);
		redirect(303, '/login?loggedOut=1');
	}
};
