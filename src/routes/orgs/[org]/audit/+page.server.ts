import { AUDIT_SORT, auditFilterExpression, auditFilters } from '$lib/server/audit/filter';
import type { AuditEntryRecord } from '$lib/server/records';
import type { PageServerLoad } from './$types';

const PER_PAGE = 50;

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
	const { permissions } = await parent();
	const filters = auditFilters(url.searchParams);
	const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
	if (!permissions.readAudit) return { allowed: false, filters, entries: [], page, totalPages: 0, totalItems: 0 };

	const { pb } = locals.session;
	const result = await pb.collection('audit_log').getList<AuditEntryRecord>(page, PER_PAGE, {
		filter: auditFilterExpression(pb, params.org, filters),
		sort: AUDIT_SORT
	});
	return {
		allowed: true,
		filters,
		entries: result.items,
		page: result.page,
		totalPages: result.totalPages,
		totalItems: result.totalItems
	};
};
