import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: locals.session.lang,
	user: locals.session.user
});
