import { now } from '$lib/server/clock';
import { myGrants } from '$lib/server/evidence/grants';
import type { PageServerLoad } from './$types';

interface OrganisationSummary {
	id: string;
	name: string;
	sector: string;
}

export const load: PageServerLoad = async ({ locals }) => {
	const { pb, user } = locals.session;
	if (!user) return { organisations: [] as OrganisationSummary[], auditAccess: [] };
	const [organisations, grants] = await Promise.all([
		pb.collection('organisations').getFullList<OrganisationSummary>({ fields: 'id,name,sector', sort: 'name' }),
		myGrants(pb, user.id, await now())
	]);
	return { organisations, auditAccess: grants.filter((g) => g.state === 'active') };
};
