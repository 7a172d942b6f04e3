import type { ContactRecord } from '$lib/server/plans/contact-records';
import { now } from '$lib/server/clock';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const [contacts, today] = await Promise.all([
		pb
			.collection('contacts')
			.getFullList<ContactRecord>({ filter: pb.filter('organisation = {:org}', { org: params.org }), sort: 'category,sort,name' }),
		now()
	]);
	return { contacts, today: today.toISOString() };
};
