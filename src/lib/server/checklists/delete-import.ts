/**
 * Deleting an imported checklist nobody uses (security team; the API rule
 * and the hooks enforce it, this only asks and words the answer).
 */
import { fail, redirect } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import type { Messages } from '$lib/i18n';
import { explainRejection, isPocketBaseError } from '$lib/server/rejections';

/** How many self-checks (any revision) use the pinned checklist. */
export async function usesOf(pb: PocketBase, orgId: string, checklistId: string): Promise<number> {
	const used = await pb.collection('assessments').getList(1, 1, {
		filter: pb.filter('organisation = {:o} && checklists ?= {:c}', { o: orgId, c: checklistId }),
		fields: 'id'
	});
	return used.totalItems;
}

export async function deleteImport(options: { pb: PocketBase; orgId: string; id: string; m: Messages }) {
	const { pb, orgId, id, m } = options;
	const c = m.selfcheck.checklists;
	if ((await usesOf(pb, orgId, id)) > 0) return fail(400, { form: 'delete' as const, error: c.deleteUsed });
	try {
		await pb.collection('checklists').delete(id);
	} catch (error) {
		if (!isPocketBaseError(error)) throw error;
		// someone started a self-check with it meanwhile, or the user may not delete it
		if (error.status === 400) return fail(400, { form: 'delete' as const, error: c.deleteUsed });
		const rejection = explainRejection(error, m);
		return fail(rejection.status, { form: 'delete' as const, error: rejection.summary });
	}
	redirect(303, `/orgs/${orgId}/selfcheck/checklists?deleted=1`);
}
