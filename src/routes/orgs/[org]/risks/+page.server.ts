import { needsDecision } from '$lib/domain/risks/acceptance';
import { filterRows, parseRegisterFilter } from '$lib/domain/risks/register-filter';
import { heatMap, heatMapCounts, prioritise } from '$lib/domain/risks/register';
import { currentCriteria } from '$lib/domain/risks/versions';
import { pageOf, requestedPage } from '$lib/domain/paging';
import { loadRegisterIndex } from '$lib/server/risks/register';
import type { PageServerLoad } from './$types';

/**
 * The register a page at a time: every risk is read lightly (the fields its
 * level, decision and review date need) for the view counts and heat maps;
 * the page data holds only the rows of the page shown (`?page=`, 30 a page),
 * in priority order, within the view and filters of the URL.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const register = await loadRegisterIndex(locals.session.pb, params.org);
	const current = currentCriteria(register.versions);
	const filter = parseRegisterFilter(url.searchParams);
	const shown = pageOf(filterRows(prioritise(register.rows), filter, current?.id ?? null), requestedPage(url.searchParams));
	const open = register.rows.filter((r) => r.status === 'open');
	return {
		current,
		filter,
		rows: shown.items,
		paging: shown.paging,
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
		maps: (['inherent', 'current', 'target'] as const).map((stage) => {
			const map = heatMap(register.rows, register.versions, stage);
			return map && heatMapCounts(map);
		}),
		total: register.rows.length
	};
};
