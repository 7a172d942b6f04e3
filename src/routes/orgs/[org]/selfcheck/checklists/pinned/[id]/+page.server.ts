import { error } from '@sveltejs/kit';
import { checklistDetail } from '$lib/server/selfcheck/detail';
import { readPinned } from '$lib/server/selfcheck/pinned';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	const [pinned] = await readPinned(locals.session.pb, [params.id]);
	if (!pinned || pinned.head.organisation !== org.id) error(404, 'checklist not found');
	return {
		detail: checklistDetail(pinned.checklist, locals.session.lang, org.sector, org.operator_class),
		head: pinned.head
	};
};
