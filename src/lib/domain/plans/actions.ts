/**
 * Improvement actions: a finding (of an exercise, or a lesson of an
 * incident) and what will be done about it, with an owner and a due date,
 * linked to plan sections, risks and checklist items, tracked to closure. Schema
 * facts, validation and the pure rules (overdue, summaries).
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import type { Localized } from '../sectors';
import { jstDate } from './review';
import { PLAN_SECTION_REFS, type PlanKind } from './templates';

export const ACTION_SOURCES = ['exercise', 'incident'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_NAMES: Record<ActionStatus, Localized> = {
	open: { ja: '未着手', en: 'Open' },
	in_progress: { ja: '対応中', en: 'In progress' },
	closed: { ja: '完了', en: 'Closed' }
};

export const ACTION_LIMITS = { finding: 5000, action: 5000, owner: 200, closure: 5000, items: 50, risks: 50 } as const;

/** A PocketBase record id, as a form sends one. */
export const RECORD_ID = /^[a-z0-9]{15}$/;

/** "cross-sector/GOV-01": a checklist item as actions link to it. */
export const CHECKLIST_ITEM_REF = /^[a-z0-9]+(-[a-z0-9]+)*\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const text = (m: Messages, max: number) => z.string().trim().max(max, m.errors.tooLong(max)).default('');

/** Splits "GOV-01, cross-sector/GOV-02 …" into refs; bare item ids take `defaultChecklist`. */
export function parseItemRefs(text: string, defaultChecklist: string): string[] {
	return [
		...new Set(
			text
				.split(/[\s,、，]+/)
				.map((s) => s.trim())
				.filter(Boolean)
				.map((s) => (s.includes('/') ? s : `${defaultChecklist}/${s}`))
		)
	];
}

export function actionSchema(m: Messages, knownItems: ReadonlySet<string>, defaultChecklist: string) {
	return z
		.object({
			finding: text(m, ACTION_LIMITS.finding).pipe(z.string().min(1, m.errors.required)),
			action: text(m, ACTION_LIMITS.action),
			owner: text(m, ACTION_LIMITS.owner),
			due_date: z
				.string()
				.trim()
				.default('')
				.refine((v) => v === '' || z.iso.date().safeParse(v).success, m.errors.date),
			status: z.enum(ACTION_STATUSES, { error: m.errors.choose }).default('open'),
			closure_note: text(m, ACTION_LIMITS.closure),
			plan_sections: z.array(z.enum(PLAN_SECTION_REFS, { error: m.errors.choose })).default([]),
			risks: z
				.array(z.string())
				.default([])
				.transform((ids) => [...new Set(ids)])
				.superRefine((ids, ctx) => {
					if (ids.some((id) => !RECORD_ID.test(id))) ctx.addIssue({ code: 'custom', message: m.errors.choose });
					if (ids.length > ACTION_LIMITS.risks) ctx.addIssue({ code: 'custom', message: m.errors.tooMany(ACTION_LIMITS.risks) });
				}),
			checklist_items: z
				.string()
				.default('')
				.transform((v) => parseItemRefs(v, defaultChecklist))
				.superRefine((refs, ctx) => {
					const unknown = refs.filter((r) => !CHECKLIST_ITEM_REF.test(r) || !knownItems.has(r));
					if (unknown.length) ctx.addIssue({ code: 'custom', message: m.plansExercises.unknownItems(unknown.join(', ')) });
					if (refs.length > ACTION_LIMITS.items) ctx.addIssue({ code: 'custom', message: m.errors.tooLong(ACTION_LIMITS.items) });
				})
		})
		.superRefine((value, ctx) => {
			if (value.status === 'closed' && !value.closure_note) {
				ctx.addIssue({ code: 'custom', path: ['closure_note'], message: m.plansExercises.closureRequired });
			}
		});
}

export interface ActionLike {
	status: ActionStatus;
	due_date: string;
	plan_sections: readonly string[];
}

/** Past its due date and not closed (dates in Japan time). */
export function isOverdue(action: Pick<ActionLike, 'status' | 'due_date'>, now: Date): boolean {
	if (action.status === 'closed' || !action.due_date) return false;
	return action.due_date.slice(0, 10) < jstDate(now);
}

/** Open actions that touch a plan (through one of its sections). */
export function openActionsOf(kind: PlanKind, actions: readonly ActionLike[]): number {
	return actions.filter((a) => a.status !== 'closed' && a.plan_sections.some((s) => s.startsWith(`${kind}.`))).length;
}

/** The newest exercise date of a plan, or null. */
export function lastExercised(kind: PlanKind, exercises: readonly { held_on: string; plan_kinds: readonly string[] }[]): string | null {
	const dates = exercises.filter((e) => e.plan_kinds.includes(kind)).map((e) => e.held_on.slice(0, 10));
	return dates.length ? dates.sort().at(-1)! : null;
}
