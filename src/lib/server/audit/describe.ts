/**
 * Gives a page of audit entries what describe.ts needs to show them as a
 * person would: each record's values (the entry's own, its create entry in
 * the trail, the record as it is now), the records its fields point to, and
 * the titles of checklist items. A handful of batched reads with the
 * reader's own token; what the reader may not see simply stays an ID.
 */
import type PocketBase from 'pocketbase';
import {
	describeEntry,
	relationsOf,
	valuesOf,
	type AuditContext,
	type DescribedEntry,
	type Lang,
	type RecordValues
} from '$lib/domain/audit/describe';
import { flattenItems } from '$lib/domain/checklists/flatten';
import { AUDIT_COLLECTIONS } from '$lib/i18n/messages/audit-collections';
import type { AuditEntryRecord } from '$lib/server/records';
import { readPinnedOrUnreadable } from '$lib/server/selfcheck/pinned';

type Entry = Pick<AuditEntryRecord, 'collection' | 'record_id' | 'action' | 'changes'>;

const CHUNK = 40;
const ID = /^[a-z0-9]{15}$/;
const keyOf = (collection: string, id: string) => `${collection}/${id}`;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function chunks<T>(list: readonly T[]): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
	return out;
}

const anyId = (pb: PocketBase, field: string, ids: readonly string[]) =>
	`(${ids.map((id, i) => pb.filter(`${field} = {:v${i}}`, { [`v${i}`]: id })).join(' || ')})`;

/** The records of a collection with these ids that the reader may see (others are left out, never an error). */
async function readRecords(pb: PocketBase, collection: string, ids: readonly string[]): Promise<RecordValues[]> {
	const valid = [...new Set(ids)].filter((id) => ID.test(id));
	const fields = collection === 'users' ? 'id,name,email' : collection === 'checklists' ? 'id,checklist_id,version,title' : undefined;
	const parts = await Promise.all(
		chunks(valid).map((part) =>
			pb
				.collection(collection)
				.getFullList<RecordValues>({ filter: anyId(pb, 'id', part), ...(fields ? { fields } : {}) })
				.catch(() => [] as RecordValues[])
		)
	);
	return parts.flat();
}

/** The create entries of these records (their full values when created; also for records deleted since). */
async function createEntries(pb: PocketBase, org: string, ids: readonly string[]): Promise<Entry[]> {
	const parts = await Promise.all(
		chunks([...new Set(ids)]).map((part) =>
			pb
				.collection('audit_log')
				.getFullList<Entry>({
					filter: `${pb.filter('organisation = {:org} && action = "create"', { org })} && ${anyId(pb, 'record_id', part)}`,
					fields: 'collection,record_id,action,changes'
				})
				.catch(() => [] as Entry[])
		)
	);
	return parts.flat();
}

/** Adds the records `want` lists (collection → ids) that are not known yet. */
async function fetchInto(pb: PocketBase, known: Map<string, RecordValues>, want: Map<string, Set<string>>): Promise<void> {
	await Promise.all(
		[...want].map(async ([collection, ids]) => {
			const missing = [...ids].filter((id) => !known.has(keyOf(collection, id)));
			for (const record of await readRecords(pb, collection, missing)) {
				known.set(keyOf(collection, str(record.id)), { ...record, ...known.get(keyOf(collection, str(record.id))) });
			}
		})
	);
}

/** Records pointed to from these values (relation fields, and what the collection's `references` names). */
function references(collection: string, values: RecordValues, into: Map<string, Set<string>>): void {
	const add = (to: string, id: unknown) => {
		for (const one of Array.isArray(id) ? id : [id]) if (typeof one === 'string' && one) into.set(to, (into.get(to) ?? new Set()).add(one));
	};
	const description = Object.hasOwn(AUDIT_COLLECTIONS, collection) ? AUDIT_COLLECTIONS[collection] : undefined;
	for (const [field, to] of relationsOf(description)) add(to, values[field]);
	for (const [to, id] of description?.references?.(values) ?? []) add(to, id);
}

export async function describeEntries(pb: PocketBase, org: string, entries: readonly Entry[], lang: Lang): Promise<DescribedEntry[]> {
	// 1. each record's values: the record now, then its create entry, then what the entry itself says
	const known = new Map<string, RecordValues>();
	const byCollection = new Map<string, Set<string>>();
	for (const e of entries) byCollection.set(e.collection, (byCollection.get(e.collection) ?? new Set()).add(e.record_id));
	await fetchInto(pb, known, byCollection);
	for (const created of await createEntries(
		pb,
		org,
		entries.map((e) => e.record_id)
	)) {
		const key = keyOf(created.collection, created.record_id);
		known.set(key, { ...known.get(key), ...valuesOf(created) });
	}
	const ownValues = entries.map((e) => ({ ...known.get(keyOf(e.collection, e.record_id)), ...valuesOf(e) }));

	// 2. the records they point to (one level), and the pinned checklists items are titled from
	const refs = new Map<string, Set<string>>();
	entries.forEach((e, i) => {
		references(e.collection, ownValues[i], refs);
		for (const [field, change] of Object.entries(e.changes ?? {})) {
			references(e.collection, { [field]: change.before }, refs);
			references(e.collection, { [field]: change.after }, refs);
		}
	});
	await fetchInto(pb, known, refs);
	const second = new Map<string, Set<string>>();
	for (const [collection, ids] of refs) for (const id of ids) references(collection, known.get(keyOf(collection, id)) ?? {}, second);
	await fetchInto(pb, known, second);

	const checklistIds = new Set<string>();
	for (const values of [...ownValues, ...known.values()])
		if (str(values.checklist) && str(values.item_id)) checklistIds.add(str(values.checklist));
	const titles = new Map<string, string>();
	const { pinned } = await readPinnedOrUnreadable(
		pb,
		[...checklistIds].filter((id) => ID.test(id))
	).catch(() => ({ pinned: [] }));
	for (const { head, checklist } of pinned) {
		for (const { item } of flattenItems(checklist)) titles.set(`${head.id}/${item.id}`, item.title[lang] || item.title.ja);
	}

	const labels = new Map<string, string | null>();
	const ctx: AuditContext = {
		lang,
		itemTitle: (checklist, itemId) => titles.get(`${checklist}/${itemId}`) ?? null,
		recordLabel: (collection, id) => {
			const key = keyOf(collection, id);
			if (labels.has(key)) return labels.get(key) ?? null;
			labels.set(key, null); // a record pointing to itself ends here
			const values = known.get(key);
			const label = !values
				? null
				: collection === 'users'
					? str(values.name) || str(values.email) || null
					: Object.hasOwn(AUDIT_COLLECTIONS, collection)
						? (AUDIT_COLLECTIONS[collection].label?.(values, ctx) ?? null)
						: null;
			labels.set(key, label);
			return label;
		}
	};
	return entries.map((entry, i) => describeEntry(entry, ownValues[i], AUDIT_COLLECTIONS, ctx));
}
