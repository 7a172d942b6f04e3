import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

const SECTIONS = ['profile', 'risks', 'selfcheck', 'plans', 'evidence', 'reports', 'audit', 'members'];

/** Target of the organisation switcher (a GET form, so it works without JavaScript). */
export const load: PageServerLoad = ({ url }) => {
	const to = url.searchParams.get('to') ?? '';
	const section = url.searchParams.get('section') ?? 'profile';
	if (!/^[a-z0-9]{15}$/.test(to)) redirect(303, '/');
	redirect(303, `/orgs/${to}/${SECTIONS.includes(section) ? section : 'profile'}`);
};
