import type { AuditEntryRecord } from '$lib/server/records';
import type { PageServerLoad } from './$types';

const PER_PAGE = 50;
const ACTIONS = ['create', 'update', 'delete'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
	const { permissions } = await parent();
	const filters = {
		collection: url.searchParams.get('collection') ?? '',
		action: url.searchParams.get('action') ?? '',
		actor: url.searchParams.get('actor') ?? '',
		from: url.searchParams.get('from') ?? '',
		to: url.searchParams.get('to') ?? ''
	};
	const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
	if (!permissions.readAudit) return { allowed: false, filters, entries: [], page, totalPages: 0, totalItems: 0 };

	const { pb } = locals.session;
	const parts = [pb.filter('organisation = {:org}', { org: params.org })];
	if (filters.collection) parts.push(pb.filter('collection = {:c}', { c: filters.collection }));
	if (ACTIONS.includes(filters.action)) parts.push(pb.filter('action = {:a}', { a: filters.action }));
	if (filters.actor) parts.push(pb.filter('actor_label ~ {:who}', { who: filters.actor }));
	// Dates are Japan time (UTC+9) calendar days.
	if (DATE.test(filters.from)) parts.push(pb.filter('created >= {:from}', { from: new Date(`${filters.from}T00:00:00+09:00`) }));
	if (DATE.test(filters.to)) parts.push(pb.filter('created <= {:to}', { to: new Date(`${filters.to}T23:59:59.999+09:00`) }));

	const result = await pb.collection('audit_log').getList<AuditEntryRecord>(page, PER_PAGE, {
		filter: parts.join(' && '),
		sort: '-created,-id'
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
