/**
 * The audit trail as a person reads it: what record an entry is about (an
 * answer is "GOV-01 経営層の責任…", not a record ID), each changed field by
 * its label and each value in the reader's language (実施 → 代替策, dates
 * and times in Japan time). Driven by one table entry per collection
 * (src/lib/i18n/messages/audit-collections.ts, `CollectionDescription`);
 * a collection without an entry still shows, field names and stored values
 * as they are. Pure.
 */
import type { Localized } from '../sectors';

export type Lang = 'ja' | 'en';

/** A record's field values as the audit trail stored them (JSON). */
export type RecordValues = Record<string, unknown>;

/** What the describers may look up, answered by the server from what the reader may see. */
export interface AuditContext {
	lang: Lang;
	/** Title of an item of a pinned checklist (the checklists record id), when known. */
	itemTitle(checklist: string, itemId: string): string | null;
	/** What a person calls another record (its collection's `label`), when known. */
	recordLabel(collection: string, id: string): string | null;
}

/** How a field's values read: plain text, a calendar date, an instant (Japan time), yes/no, or a relation to another collection. */
export type FieldKind = 'text' | 'date' | 'datetime' | 'bool' | { relation: string };

export interface FieldDescription {
	label: Localized;
	kind?: FieldKind;
	/** Stored value → what it means (select fields), in both languages. */
	values?: Record<string, Localized>;
}

export interface CollectionDescription {
	name: Localized;
	/** The fields a person recognises; other changed fields show by their name. */
	fields: Record<string, FieldDescription>;
	/** Fields never shown (derived or bookkeeping: organisation, version counters, hashes). */
	hidden?: readonly string[];
	/** What a person calls a record, from its values; null when they are not enough. */
	label?: (record: RecordValues, ctx: AuditContext) => string | null;
	/** Records the label (or a view entry's `viewed`) needs besides the relation fields (e.g. a sign-off's subject): [collection, id]. */
	references?: (record: RecordValues) => [string, string][];
	/** What a `view` entry on one of its records says was viewed (the hooks write it in English), in the reader's language. */
	viewed?: (what: string, ctx: AuditContext) => string | null;
}

export interface DescribedChange {
	field: string;
	label: string;
	before: string;
	after: string;
}

export interface DescribedEntry {
	/** The collection's name in the reader's language. */
	collection: string;
	/** What the record is (null: only its ID is known). */
	record: string | null;
	changes: DescribedChange[];
	/** For a `view` entry (an outside auditor reading through an audit grant): what was viewed; null otherwise. */
	viewed: string | null;
}

const TIME_ZONE = 'Asia/Tokyo';
/** The one "field" of a view entry (pb_hooks/lib/audit-scope.js logView): what was viewed. */
const VIEWED = 'viewed';
const NONE = '—';
const YES_NO: Record<Lang, [string, string]> = { ja: ['はい', 'いいえ'], en: ['yes', 'no'] };

/** PocketBase stores "2026-11-22 02:37:55.923Z" (or ISO); null when it is not an instant. */
function instant(value: unknown): Date | null {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(value)) return null;
	const date = new Date(value.replace(' ', 'T'));
	return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026年11月22日 11:37 JST" / "22 Nov 2026, 11:37 JST": every time in the trail is Japan time, and says so. */
export function formatInstantJst(date: Date, lang: Lang): string {
	const formatted = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
		year: 'numeric',
		month: lang === 'ja' ? 'long' : 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: TIME_ZONE
	}).format(date);
	return `${formatted} JST`;
}

/** A calendar date stored as "2027-03-31 00:00:00.000Z" or "2027-03-31": the day as written. */
function formatDay(value: string, lang: Lang): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
	if (!match) return value;
	const [, y, m, d] = match.map(Number);
	if (lang === 'ja') return `${y}年${m}月${d}日`;
	const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
	return `${d} ${month} ${y}`;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** One value as the reader sees it. */
export function formatValue(value: unknown, field: FieldDescription | undefined, ctx: AuditContext): string {
	if (isEmpty(value)) return NONE;
	const kind = field?.kind ?? 'text';
	if (Array.isArray(value)) return value.map((v) => formatValue(v, field, ctx)).join('、');
	if (field?.values && (typeof value === 'string' || typeof value === 'number'))
		return field.values[String(value)]?.[ctx.lang] ?? (typeof value === 'number' ? formatValue(value, undefined, ctx) : value);
	if (kind === 'bool' || typeof value === 'boolean') return YES_NO[ctx.lang][value ? 0 : 1];
	if (kind === 'date' && typeof value === 'string') return formatDay(value, ctx.lang);
	if (typeof kind === 'object' && typeof value === 'string') return ctx.recordLabel(kind.relation, value) ?? value;
	const at = instant(value);
	if (at && (kind === 'datetime' || kind === 'text')) return formatInstantJst(at, ctx.lang);
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return value.toLocaleString(ctx.lang === 'ja' ? 'ja-JP' : 'en-US');
	return JSON.stringify(value);
}

/**
 * Describes one entry. `known` holds the record's values as far as they are
 * known (the entry's own changes, its create entry, the record as it is now),
 * for the record's label; the changes themselves come only from the entry.
 */
export function describeEntry(
	entry: { collection: string; action?: string; changes: Record<string, { before: unknown; after: unknown }> | null },
	known: RecordValues,
	table: Readonly<Record<string, CollectionDescription>>,
	ctx: AuditContext
): DescribedEntry {
	const description = Object.hasOwn(table, entry.collection) ? table[entry.collection] : undefined;
	const collection = description?.name[ctx.lang] ?? entry.collection;
	const record = description?.label?.(known, ctx) ?? null;
	if (entry.action === 'view') {
		// a view changes nothing: it says what was looked at
		const what = entry.changes?.[VIEWED]?.after;
		const text = typeof what === 'string' && what ? what : null;
		return { collection, record, changes: [], viewed: text && (description?.viewed?.(text, ctx) ?? text) };
	}
	const hidden = new Set(description?.hidden ?? []);
	// the described fields in the order the table lists them, then any others
	const order = Object.keys(description?.fields ?? {});
	const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
	const fields = Object.keys(entry.changes ?? {})
		.filter((f) => !hidden.has(f))
		.sort((a, b) => rank(a) - rank(b));
	const changes = fields.map((field) => {
		const f = description && Object.hasOwn(description.fields, field) ? description.fields[field] : undefined;
		const change = entry.changes?.[field];
		return {
			field,
			label: f?.label[ctx.lang] ?? field,
			before: formatValue(change?.before, f, ctx),
			after: formatValue(change?.after, f, ctx)
		};
	});
	return {
		collection,
		record,
		// nothing to nothing (null → '') is no change to a reader
		changes: changes.filter((c) => c.before !== c.after),
		viewed: null
	};
}

/** The values an entry itself tells about its record: after a create or update, before a delete. */
export function valuesOf(entry: { action: string; changes: Record<string, { before: unknown; after: unknown }> | null }): RecordValues {
	const values: RecordValues = {};
	for (const [field, change] of Object.entries(entry.changes ?? {})) {
		const value = entry.action === 'delete' ? change.before : change.after;
		if (!isEmpty(value)) values[field] = value;
	}
	return values;
}

/** Relation fields of a collection and the collection each points into. */
export function relationsOf(description: CollectionDescription | undefined): [string, string][] {
	return Object.entries(description?.fields ?? {}).flatMap(([field, f]) =>
		typeof f.kind === 'object' ? [[field, f.kind.relation] as [string, string]] : []
	);
}
