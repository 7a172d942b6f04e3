import type { PageServerLoad } from './$types';

interface OrganisationSummary {
	id: string;
	name: string;
	sector: string;
}

export const load: PageServerLoad = async ({ locals }) => {
	const { pb, user } = locals.session;
	if (!user) return { organisations: [] as OrganisationSummary[] };
	const organisations = await pb.collection('organisations').getFullList<OrganisationSummary>({ fields: 'id,name,sector', sort: 'name' });
	return { organisations };
};
