/**
 * The audit trail as a spreadsheet: one row per entry, newest first (as the
 * page lists them), the changed fields with their values before and after.
 */
import type { AuditAction } from '../schema';
import type { SheetLanguage, SheetRow } from './sheet';
import { defineSheet } from './sheet';

export const auditSheet = defineSheet({
	name: { ja: '監査証跡', en: 'Audit trail' },
	columns: [
		{ key: 'when', header: { ja: '日時（日本時間）', en: 'When (Japan time)' }, type: 'datetime' },
		{ key: 'who', header: { ja: '実行者', en: 'Who' }, type: 'text' },
		{ key: 'action', header: { ja: '操作', en: 'Action' }, type: 'text' },
		{ key: 'record', header: { ja: '対象', en: 'Record type' }, type: 'text' },
		{ key: 'recordId', header: { ja: '記録ID', en: 'Record ID' }, type: 'text' },
		{ key: 'fields', header: { ja: '変更された項目', en: 'Changed fields' }, type: 'text', width: 30 },
		{ key: 'changes', header: { ja: '変更内容（変更前 → 変更後）', en: 'Changes (before → after)' }, type: 'text', width: 60 }
	]
});

export interface AuditEntry {
	created: string;
	actor_label: string;
	action: AuditAction;
	collection: string;
	record_id: string;
	changes: Record<string, { before: unknown; after: unknown }> | null;
}

export interface AuditLabels {
	action: (action: AuditEntry['action']) => string;
	collection: (collection: string) => string;
}

/** A value as the audit page shows it: text as is, nothing as —, anything else as JSON. */
export function changeValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '—';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

export function auditSheetRows(
	entries: readonly AuditEntry[],
	labels: AuditLabels,
	lang: SheetLanguage
): SheetRow<(typeof auditSheet.columns)[number]['key']>[] {
	const none = lang === 'ja' ? '（記録なし）' : '(none recorded)';
	return entries.map((entry) => {
		const fields = Object.keys(entry.changes ?? {});
		return {
			when: entry.created,
			who: entry.actor_label,
			action: labels.action(entry.action),
			record: labels.collection(entry.collection),
			recordId: entry.record_id,
			fields: fields.join(', '),
			changes: fields.length
				? fields.map((f) => `${f}: ${changeValue(entry.changes?.[f]?.before)} → ${changeValue(entry.changes?.[f]?.after)}`).join('\n')
				: none
		};
	});
}
