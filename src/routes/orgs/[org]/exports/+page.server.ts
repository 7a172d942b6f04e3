import { catalogue } from '$lib/server/selfcheck/catalogue';
import type { AssessmentRecord } from '$lib/server/selfcheck/records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	const { pb } = locals.session;
	const [assessments, checklists] = await Promise.all([
		pb.collection('assessments').getFullList<AssessmentRecord>({
			filter: pb.filter('organisation = {:o}', { o: params.org }),
			sort: '-fiscal_year,-revision',
			fields: 'id,fiscal_year,revision,status'
		}),
		catalogue(pb, params.org, org.sector, org.operator_class)
	]);
	return {
		assessments: assessments.map((a) => ({ id: a.id, fiscalYear: a.fiscal_year, revision: a.revision, status: a.status })),
		library: checklists.library.map((c) => ({ ref: c.ref, title: c.title })),
		pinned: checklists.pinned.map((c) => ({ ref: c.ref, title: c.title, source: c.source }))
	};
};
