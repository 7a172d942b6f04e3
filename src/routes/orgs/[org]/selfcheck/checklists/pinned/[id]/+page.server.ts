import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { deleteImport, usesOf } from '$lib/server/checklists/delete-import';
import { checklistDetail } from '$lib/server/selfcheck/detail';
import { readPinnedOrUnreadable } from '$lib/server/selfcheck/pinned';
import { unreadableHead } from '$lib/server/selfcheck/unreadable';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	const read = await readPinnedOrUnreadable(locals.session.pb, [params.id]);
	const [bad] = read.unreadable;
	if (bad && bad.organisation === org.id)
		// its content cannot be shown: say so, and still offer what can be done (deleting an unused import)
		return { unreadable: unreadableHead(bad), head: bad, detail: null, uses: await usesOf(locals.session.pb, org.id, bad.id) };
	const [pinned] = read.pinned;
	if (!pinned || pinned.head.organisation !== org.id) error(404, 'checklist not found');
	return {
		unreadable: null,
		detail: checklistDetail(pinned.checklist, locals.session.lang, org.sector, org.operator_class),
		head: pinned.head,
		uses: await usesOf(locals.session.pb, org.id, pinned.head.id)
	};
};

export const actions: Actions = {
	delete: async ({ locals, params }) =>
		deleteImport({ pb: locals.session.pb, orgId: params.org, id: params.id, m: messagesFor(locals.session.lang) })
};
