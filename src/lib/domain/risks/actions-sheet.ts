/**
 * Treatment actions in the register export: one summary cell per risk in the
 * register sheet (a reference column that the import ignores, so the file
 * still imports back unchanged), and in XLSX a second sheet with one row per
 * action: its risk, owner, due date, status, completion, whether it is past
 * its due date, the plans (BCP, contingency plan) it revises and the
 * self-check items it works on. Pure: `now` is a parameter.
 */
import { defineSheet, type SheetLanguage, type SheetRow } from '../exports/sheet';
import { PLAN_KIND_NAMES, type PlanKind } from '../plans/templates';
import type { Localized } from '../sectors';
import { isOverdue, type ActionStatus } from './forms';
import { ACTION_STATUS_NAMES } from './labels';
import { registerSheet } from './register-sheet';

const L = (ja: string, en: string): Localized => ({ ja, en });

/** The register sheet as exported: every column the import reads, then the actions for reference. */
export const registerExportSheet = defineSheet({
	name: registerSheet.name,
	columns: [
		...registerSheet.columns,
		{ key: 'actions', header: L('リスク対応の措置（参照用）', 'Treatment actions (for reference)'), type: 'text', width: 50 }
	]
});
export type RegisterExportColumn = (typeof registerExportSheet.columns)[number]['key'];

export const actionsSheet = defineSheet({
	name: L('リスク対応の措置', 'Treatment actions'),
	columns: [
		{ key: 'ref', header: L('リスク番号', 'Risk No.'), type: 'text', width: 9 },
		{ key: 'risk', header: L('リスク', 'Risk'), type: 'text', width: 30 },
		{ key: 'title', header: L('措置', 'Action'), type: 'text', width: 36 },
		{ key: 'description', header: L('内容', 'Description'), type: 'text', width: 40 },
		{ key: 'owner', header: L('担当', 'Owner'), type: 'text', width: 16 },
		{ key: 'due_date', header: L('期限', 'Due date'), type: 'date', width: 12 },
		{ key: 'status', header: L('状態', 'Status'), type: 'text', width: 10 },
		{ key: 'completed_on', header: L('完了日', 'Completed on'), type: 'date', width: 12 },
		{ key: 'overdue', header: L('期限超過', 'Overdue'), type: 'text', width: 9 },
		{ key: 'plans', header: L('見直す計画', 'Plans revised'), type: 'text', width: 30 },
		{ key: 'checklist_items', header: L('自己検証の項目', 'Self-check items'), type: 'text', width: 26 }
	]
});
export type ActionColumn = (typeof actionsSheet.columns)[number]['key'];

export interface SheetAction {
	risk: string;
	title: string;
	description: string;
	owner: string;
	due_date: string;
	status: ActionStatus;
	completed_on: string;
	checklist_items: string[] | null;
	plans: string[] | null;
}

export interface SheetPlan {
	id: string;
	kind: PlanKind;
	title: string;
}

export interface ActionsContext {
	risks: Map<string, { ref: string; title: string }>;
	plans: Map<string, SheetPlan>;
	now: Date;
}

const planName = (plan: SheetPlan | undefined, id: string, lang: SheetLanguage) =>
	plan ? `${PLAN_KIND_NAMES[plan.kind][lang]}「${plan.title}」` : id;

const day = (value: string) => (value ? value.slice(0, 10) : '');

/** One row per action, in register order of their risks, then by due date (none last). */
export function actionRows(actions: readonly SheetAction[], ctx: ActionsContext, lang: SheetLanguage): SheetRow<ActionColumn>[] {
	const order = [...ctx.risks.keys()];
	const sorted = [...actions]
		.filter((a) => ctx.risks.has(a.risk))
		.sort(
			(a, b) =>
				order.indexOf(a.risk) - order.indexOf(b.risk) ||
				(day(a.due_date) || '9999').localeCompare(day(b.due_date) || '9999') ||
				a.title.localeCompare(b.title, 'ja')
		);
	return sorted.map((a) => {
		const risk = ctx.risks.get(a.risk);
		return {
			ref: risk?.ref ?? '',
			risk: risk?.title ?? '',
			title: a.title,
			description: a.description,
			owner: a.owner,
			due_date: day(a.due_date) || null,
			status: ACTION_STATUS_NAMES[a.status][lang],
			completed_on: day(a.completed_on) || null,
			overdue: isOverdue(a, ctx.now) ? (lang === 'ja' ? '超過' : 'Overdue') : '',
			plans: (a.plans ?? []).map((id) => planName(ctx.plans.get(id), id, lang)).join(lang === 'ja' ? '、' : ', '),
			checklist_items: (a.checklist_items ?? []).join(' ')
		};
	});
}

/** The register sheet's reference cell of one risk: each action on its own line — title, due date, status, plans. */
export function actionsSummary(actions: readonly SheetAction[], plans: Map<string, SheetPlan>, lang: SheetLanguage): string {
	return [...actions]
		.sort((a, b) => (day(a.due_date) || '9999').localeCompare(day(b.due_date) || '9999'))
		.map((a) => {
			const parts = [
				day(a.due_date) && (lang === 'ja' ? `期限 ${day(a.due_date)}` : `due ${day(a.due_date)}`),
				ACTION_STATUS_NAMES[a.status][lang],
				...(a.plans ?? []).map((id) => planName(plans.get(id), id, lang))
			].filter(Boolean);
			return lang === 'ja' ? `${a.title}（${parts.join('・')}）` : `${a.title} (${parts.join('; ')})`;
		})
		.join('\n');
}
