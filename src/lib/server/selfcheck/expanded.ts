/**
 * Lists read together with their assessment as PocketBase back-relation
 * expands (one request instead of a list request each). A list request that
 * returns nothing is answered with a random delay of up to 0.5 s once the
 * same client has made three such requests within 3 s (PocketBase 0.40,
 * record list handler); an expand is not a list request. PocketBase returns
 * at most 1000 records per back-relation expand: with that many, the caller
 * reads the list itself.
 */
import type { RecordModel } from 'pocketbase';

export const COMMENTS_EXPAND = 'review_comments_via_assessment';
export const ADOPTIONS_EXPAND = 'reference_adoptions_via_assessment';

/** PocketBase's limit on the records of one back-relation expand. */
const EXPAND_LIMIT = 1000;

/**
 * The records of a back-relation of a record read with `expand` naming it, or
 * undefined when they must be listed instead (possibly cut at the limit).
 * PocketBase leaves an empty back-relation out of `expand` (and `expand` out
 * when all are empty).
 */
export function expandedList<T extends RecordModel>(record: RecordModel, name: string): T[] | undefined {
	const value = (record.expand as Record<string, unknown> | undefined)?.[name];
	if (value === undefined) return [];
	const list = (Array.isArray(value) ? value : [value]) as T[];
	return list.length >= EXPAND_LIMIT ? undefined : list;
}
