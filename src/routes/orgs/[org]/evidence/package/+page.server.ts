import type { AssessmentRecord } from '$lib/server/selfcheck/records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const assessments = await pb.collection('assessments').getFullList<Pick<AssessmentRecord, 'id' | 'fiscal_year' | 'revision' | 'status'>>({
		filter: pb.filter('organisation = {:o}', { o: params.org }),
		sort: '-fiscal_year,-revision',
		fields: 'id,fiscal_year,revision,status'
	});
	return { assessments };
};
