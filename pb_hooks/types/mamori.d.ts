/**
 * Types shared by mamori's hooks and migrations (JSDoc `@type` / `@param`).
 * Global, like PocketBase's own (included by pb_hooks/tsconfig.json).
 * Note: `Record` is PocketBase's record model here, not TypeScript's utility type.
 */

/** A plain JSON object, as hooks read request bodies, record snapshots and JSON fields. */
type JsonObject = { [key: string]: unknown };

/** A map from string keys to values of one type (instead of TypeScript's Record<K, V>, which PocketBase's Record shadows). */
type Dict<V> = { [key: string]: V };

/** One field of an audit entry: the value before and after, and for large values a summary of the paths that changed. */
interface AuditChange {
	before: unknown;
	after: unknown;
	diff?: { paths: string[]; truncated: boolean };
}
