import { error } from '@sveltejs/kit';
import { editionChangesFor } from '$lib/server/checklists/edition-changes';
import { checklistDetail } from '$lib/server/selfcheck/detail';
import { libraryChecklist } from '$lib/server/selfcheck/pinning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	const checklist = await libraryChecklist(params.id);
	if (!checklist) error(404, 'checklist not found');
	return {
		detail: checklistDetail(checklist, locals.session.lang, org.sector, org.operator_class),
		crosswalks: await editionChangesFor(checklist)
	};
};
