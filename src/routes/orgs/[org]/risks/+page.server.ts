import { needsDecision } from '$lib/domain/risks/acceptance';
import { filterRows, parseRegisterFilter } from '$lib/domain/risks/register-filter';
import { heatMap, prioritise } from '$lib/domain/risks/register';
import { currentCriteria } from '$lib/domain/risks/versions';
import { loadRegister } from '$lib/server/risks/register';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const register = await loadRegister(locals.session.pb, params.org);
	const current = currentCriteria(register.versions);
	const filter = parseRegisterFilter(url.searchParams);
	const sorted = prioritise(register.rows);
	const open = register.rows.filter((r) => r.status === 'open');
	return {
		current,
		filter,
		rows: filterRows(sorted, filter, current?.id ?? null),
		counts: {
			open: open.length,
			treatment: open.filter((r) => r.decision === 'treatment_required').length,
			decision: open.filter((r) => needsDecision(r.decision) || r.decision === 'requested').length,
			due: open.filter((r) => r.review.days !== null && r.review.days <= 30).length,
			stale: open.filter((r) => r.levels.stale).length,
			unrated: open.filter((r) => r.levels.version === null || r.analysis.current === null).length,
			closed: register.rows.length - open.length,
			overdueActions: open.reduce((n, r) => n + r.overdueActions, 0)
		},
		maps: (['inherent', 'current', 'target'] as const).map((stage) => heatMap(register.rows, register.versions, stage)),
		total: register.rows.length
	};
};
