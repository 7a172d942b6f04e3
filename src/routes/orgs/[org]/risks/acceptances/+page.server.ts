import { expiryReminders } from '$lib/domain/risks/acceptance';
import { loadAcceptances } from '$lib/server/risks/acceptances';
import { iso } from '$lib/server/risks/records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { now, acceptances } = await loadAcceptances(locals.session.pb, params.org);
	const reminders = expiryReminders(
		acceptances.map((a) => ({ ...a, risk: a.risk?.id ?? '', expiresAt: iso(a.expiresAt), created: iso(a.created) })),
		new Date(now)
	).map((r) => ({ days: r.days, window: r.window, id: r.acceptance.id }));
	return { now, acceptances, reminders };
};
