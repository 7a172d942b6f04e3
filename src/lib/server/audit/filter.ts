/**
 * The audit trail's filters, read from the page's query string and turned
 * into one PocketBase filter: shared by the audit page and its spreadsheet
 * export, so a download holds exactly the entries the page lists.
 */
import type PocketBase from 'pocketbase';
import { AUDIT_ACTIONS } from '$lib/domain/schema';

export const AUDIT_FILTER_KEYS = ['collection', 'action', 'actor', 'from', 'to'] as const;
export type AuditFilters = Record<(typeof AUDIT_FILTER_KEYS)[number], string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function auditFilters(params: URLSearchParams): AuditFilters {
	const [collection, action, actor, from, to] = AUDIT_FILTER_KEYS.map((key) => params.get(key) ?? '');
	return { collection, action, actor, from, to };
}

/** The organisation's entries matching the filters; dates are Japan time (UTC+9) calendar days. */
export function auditFilterExpression(pb: PocketBase, org: string, filters: AuditFilters): string {
	const parts = [pb.filter('organisation = {:org}', { org })];
	if (filters.collection) parts.push(pb.filter('collection = {:c}', { c: filters.collection }));
	if ((AUDIT_ACTIONS as readonly string[]).includes(filters.action)) parts.push(pb.filter('action = {:a}', { a: filters.action }));
	if (filters.actor) parts.push(pb.filter('actor_label ~ {:who}', { who: filters.actor }));
	if (DATE.test(filters.from)) parts.push(pb.filter('created >= {:from}', { from: new Date(`${filters.from}T00:00:00+09:00`) }));
	if (DATE.test(filters.to)) parts.push(pb.filter('created <= {:to}', { to: new Date(`${filters.to}T23:59:59.999+09:00`) }));
	return parts.join(' && ');
}

export const AUDIT_SORT = '-created,-id';
