import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { deleteImport, usesOf } from '$lib/server/checklists/delete-import';
import { checklistDetail } from '$lib/server/selfcheck/detail';
import { readPinned } from '$lib/server/selfcheck/pinned';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	const [pinned] = await readPinned(locals.session.pb, [params.id]);
	if (!pinned || pinned.head.organisation !== org.id) error(404, 'checklist not found');
	return {
		detail: checklistDetail(pinned.checklist, locals.session.lang, org.sector, org.operator_class),
		head: pinned.head,
		uses: await usesOf(locals.session.pb, org.id, pinned.head.id)
	};
};

export const actions: Actions = {
	delete: async ({ locals, params }) =>
		deleteImport({ pb: locals.session.pb, orgId: params.org, id: params.id, m: messagesFor(locals.session.lang) })
};
