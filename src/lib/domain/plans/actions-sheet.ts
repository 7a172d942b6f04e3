/**
 * The improvement actions as a spreadsheet (XLSX/CSV through the one sheet
 * model of domain/exports): one row per action, as the 改善措置 page lists
 * them, with where it came from, its links and whether it is overdue.
 */
import { defineSheet, type SheetLanguage, type SheetRow } from '../exports/sheet';
import { ACTION_STATUS_NAMES, isOverdue, type ActionSource, type ActionStatus } from './actions';
import { riskLabel, type RiskOption } from './exercises';
import { sectionRefName, type PlanSectionRef } from './templates';

export const actionsSheet = defineSheet({
	name: { ja: '改善措置', en: 'Improvement actions' },
	columns: [
		{ key: 'source', header: { ja: '出典', en: 'Source' }, type: 'text' },
		{ key: 'origin', header: { ja: '演習・インシデント', en: 'Exercise or incident' }, type: 'text', width: 30 },
		{ key: 'finding', header: { ja: '指摘事項・教訓', en: 'Finding or lesson' }, type: 'text', width: 40 },
		{ key: 'action', header: { ja: '改善措置', en: 'Action' }, type: 'text', width: 40 },
		{ key: 'owner', header: { ja: '担当', en: 'Owner' }, type: 'text' },
		{ key: 'due', header: { ja: '期限', en: 'Due date' }, type: 'date' },
		{ key: 'status', header: { ja: '状態', en: 'Status' }, type: 'text' },
		{ key: 'overdue', header: { ja: '期限切れ', en: 'Overdue' }, type: 'boolean' },
		{ key: 'closed', header: { ja: '完了日', en: 'Closed on' }, type: 'date' },
		{ key: 'closure', header: { ja: '完了の記録', en: 'Closure note' }, type: 'text', width: 40 },
		{ key: 'sections', header: { ja: '関連する計画の節', en: 'Plan sections' }, type: 'text', width: 30 },
		{ key: 'risks', header: { ja: '関連するリスク', en: 'Related risks' }, type: 'text', width: 30 },
		{ key: 'items', header: { ja: '関連するチェックリスト項目', en: 'Checklist items' }, type: 'text', width: 24 }
	]
});

export interface ActionSheetInput {
	source: ActionSource;
	origin: string;
	finding: string;
	action: string;
	owner: string;
	due_date: string;
	status: ActionStatus;
	closed_at: string;
	closure_note: string;
	plan_sections: readonly PlanSectionRef[];
	risks: readonly string[];
	items: readonly string[];
}

const SOURCE_NAMES = { exercise: { ja: '演習', en: 'Exercise' }, incident: { ja: 'インシデント', en: 'Incident' } } as const;
const day = (value: string) => (value ? value.slice(0, 10) : undefined);

export function actionsSheetRows(
	actions: readonly ActionSheetInput[],
	risks: readonly RiskOption[],
	now: Date,
	lang: SheetLanguage
): SheetRow<(typeof actionsSheet.columns)[number]['key']>[] {
	const byId = new Map(risks.map((r) => [r.id, r]));
	return actions.map((a) => ({
		source: SOURCE_NAMES[a.source][lang],
		origin: a.origin,
		finding: a.finding,
		action: a.action,
		owner: a.owner,
		due: day(a.due_date),
		status: ACTION_STATUS_NAMES[a.status][lang],
		overdue: isOverdue(a, now),
		closed: a.status === 'closed' ? day(a.closed_at) : undefined,
		closure: a.closure_note,
		sections: a.plan_sections.map((ref) => sectionRefName(ref, lang)).join('\n'),
		risks: a.risks.flatMap((id) => (byId.has(id) ? [riskLabel(byId.get(id)!)] : [])).join('\n'),
		items: a.items.join('\n')
	}));
}
