import { expiryReminders } from '$lib/domain/risks/acceptance';
import { pageOf, requestedPage } from '$lib/domain/paging';
import { loadAcceptances } from '$lib/server/risks/acceptances';
import { iso } from '$lib/server/risks/records';
import type { PageServerLoad } from './$types';

/** The acceptance register a page at a time (newest request first); the expiry reminders look at every acceptance. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { now, acceptances } = await loadAcceptances(locals.session.pb, params.org);
	const byId = new Map(acceptances.map((a) => [a.id, a]));
	const reminders = expiryReminders(
		acceptances.map((a) => ({ ...a, risk: a.risk?.id ?? '', expiresAt: iso(a.expiresAt), created: iso(a.created) })),
		new Date(now)
	).map((r) => {
		const acceptance = byId.get(r.acceptance.id);
		return {
			days: r.days,
			window: r.window,
			id: r.acceptance.id,
			ref: acceptance?.risk?.ref ?? '',
			title: acceptance?.risk?.title ?? '',
			expiresAt: acceptance?.expiresAt ?? ''
		};
	});
	const shown = pageOf(acceptances, requestedPage(url.searchParams));
	return { now, acceptances: shown.items, paging: shown.paging, reminders };
};
