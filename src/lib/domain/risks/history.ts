/**
 * A risk's history in readable form, from its audit-trail entries (the risk
 * itself, its actions, acceptances and reviews): newest first, one line per
 * changed field, noise left out, values turned into text by the caller's
 * formatter (names instead of ids, labels instead of codes). Pure.
 */
export interface AuditEntry {
	collection: string;
	record_id: string;
	action: 'create' | 'update' | 'delete';
	actor_label: string;
	created: string;
	changes: Record<string, { before: unknown; after: unknown }>;
}

export interface HistoryLine {
	field: string;
	before: string;
	after: string;
}

export interface HistoryItem {
	when: string;
	who: string;
	collection: string;
	recordId: string;
	action: AuditEntry['action'];
	lines: HistoryLine[];
}

/** Fields that say nothing to a reader (server bookkeeping or repeated in another line). */
const NOISE = new Set([
	'organisation',
	'risk',
	'updated',
	'created',
	'candidate_keys',
	'snapshot',
	'requested_by',
	'decided_by',
	'revoked_by',
	'reviewer',
	'ratings'
]);

export type Formatter = (collection: string, field: string, value: unknown) => string;

const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || v === 0;

export function readableHistory(entries: readonly AuditEntry[], format: Formatter): HistoryItem[] {
	return [...entries]
		.sort((a, b) => b.created.localeCompare(a.created))
		.map((e) => ({
			when: e.created,
			who: e.actor_label,
			collection: e.collection,
			recordId: e.record_id,
			action: e.action,
			lines: Object.entries(e.changes ?? {})
				.filter(([field, c]) => !NOISE.has(field) && !(e.action !== 'update' && empty(e.action === 'create' ? c.after : c.before)))
				.map(([field, c]) => ({
					field,
					before: empty(c.before) ? '' : format(e.collection, field, c.before),
					after: empty(c.after) ? '' : format(e.collection, field, c.after)
				}))
		}))
		.filter((item) => item.lines.length > 0 || item.action !== 'update');
}
