/**
 * The audit trail as a spreadsheet: one row per entry, newest first, each
 * described exactly as the audit page shows it (domain/audit/describe.ts):
 * what the record is, each changed field by its label with its value before
 * and after in the reader's language, and for a `view` entry what was viewed.
 */
import type { AuditAction } from '../schema';
import type { DescribedEntry } from '../audit/describe';
import type { SheetLanguage, SheetRow } from './sheet';
import { defineSheet } from './sheet';

export const auditSheet = defineSheet({
	name: { ja: '監査証跡', en: 'Audit trail' },
	columns: [
		{ key: 'when', header: { ja: '日時（日本時間）', en: 'When (Japan time)' }, type: 'datetime' },
		{ key: 'who', header: { ja: '実行者', en: 'Who' }, type: 'text' },
		{ key: 'action', header: { ja: '操作', en: 'Action' }, type: 'text' },
		{ key: 'record', header: { ja: '対象', en: 'Record type' }, type: 'text' },
		{ key: 'what', header: { ja: '対象の記録', en: 'Record' }, type: 'text', width: 36 },
		{ key: 'recordId', header: { ja: '記録ID', en: 'Record ID' }, type: 'text' },
		{ key: 'fields', header: { ja: '変更された項目', en: 'Changed fields' }, type: 'text', width: 30 },
		{ key: 'changes', header: { ja: '変更内容（変更前 → 変更後）', en: 'Changes (before → after)' }, type: 'text', width: 60 }
	]
});

export interface AuditEntry {
	created: string;
	actor_label: string;
	action: AuditAction;
	record_id: string;
}

/** An entry with its description (server/audit/describe.ts#describeEntries, as the audit page uses). */
export type DescribedAuditEntry = AuditEntry & DescribedEntry;

const WORDS: Record<SheetLanguage, { none: string; viewed: string; listSeparator: string }> = {
	ja: { none: '（変更なし）', viewed: '閲覧した内容', listSeparator: '、' },
	en: { none: '(no change recorded)', viewed: 'Viewed', listSeparator: ', ' }
};

export function auditSheetRows(
	entries: readonly DescribedAuditEntry[],
	actionLabel: (action: AuditAction) => string,
	lang: SheetLanguage
): SheetRow<(typeof auditSheet.columns)[number]['key']>[] {
	const words = WORDS[lang];
	return entries.map((entry) => {
		const base = {
			when: entry.created,
			who: entry.actor_label,
			action: actionLabel(entry.action),
			record: entry.collection,
			what: entry.record ?? '',
			recordId: entry.record_id
		};
		if (entry.action === 'view') return { ...base, fields: '', changes: `${words.viewed}: ${entry.viewed ?? '—'}` };
		return {
			...base,
			fields: entry.changes.map((c) => c.label).join(words.listSeparator),
			changes: entry.changes.length ? entry.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`).join('\n') : words.none
		};
	});
}
