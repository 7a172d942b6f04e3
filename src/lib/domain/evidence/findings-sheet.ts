/** Findings as a spreadsheet (XLSX/CSV through the exports core): one row per finding, as the follow-up page lists them. */
import { defineSheet, type SheetLanguage, type SheetRow } from '../exports/sheet';
import type { FindingView } from './review';

export const findingsSheet = defineSheet({
	name: { ja: '指摘事項', en: 'Findings' },
	columns: [
		{ key: 'title', header: { ja: '件名', en: 'Title' }, type: 'text', width: 30 },
		{ key: 'status', header: { ja: '状態', en: 'Status' }, type: 'text' },
		{ key: 'severity', header: { ja: '深刻度', en: 'Severity' }, type: 'text' },
		{ key: 'due', header: { ja: '期限', en: 'Due date' }, type: 'date' },
		{ key: 'overdue', header: { ja: '期限超過', en: 'Overdue' }, type: 'boolean' },
		{ key: 'targetType', header: { ja: '対象の種類', en: 'Record type' }, type: 'text' },
		{ key: 'target', header: { ja: '対象', en: 'On' }, type: 'text', width: 40 },
		{ key: 'fiscalYear', header: { ja: '年度', en: 'Fiscal year' }, type: 'number' },
		{ key: 'description', header: { ja: '内容', en: 'Description' }, type: 'text', width: 50 },
		{ key: 'recommendation', header: { ja: '推奨事項', en: 'Recommendation' }, type: 'text', width: 40 },
		{ key: 'response', header: { ja: '対応内容', en: 'Response' }, type: 'text', width: 40 },
		{ key: 'raisedBy', header: { ja: '登録者', en: 'Raised by' }, type: 'text' },
		{ key: 'created', header: { ja: '登録日時（日本時間）', en: 'Raised at (Japan time)' }, type: 'datetime' },
		{ key: 'respondedBy', header: { ja: '対応者', en: 'Responded by' }, type: 'text' },
		{ key: 'closedBy', header: { ja: '完了者', en: 'Closed by' }, type: 'text' }
	]
});

export interface FindingLabels {
	status: (s: FindingView['status']) => string;
	severity: (s: FindingView['severity']) => string;
	targetType: (type: string) => string;
}

export function findingsSheetRows(
	findings: readonly { item: FindingView; target: { title: string } | null }[],
	labels: FindingLabels,
	_lang: SheetLanguage
): SheetRow<(typeof findingsSheet.columns)[number]['key']>[] {
	return findings.map(({ item, target }) => ({
		title: item.title,
		status: labels.status(item.status),
		severity: labels.severity(item.severity),
		due: item.dueDate || null,
		overdue: item.overdue,
		targetType: labels.targetType(item.target.type),
		target: target?.title ?? item.target.id,
		fiscalYear: item.fiscalYear || null,
		description: item.description,
		recommendation: item.recommendation,
		response: item.response,
		raisedBy: item.raisedBy,
		created: item.created,
		respondedBy: item.respondedBy,
		closedBy: item.closedBy
	}));
}
