/**
 * Improvement actions and timeline entries, saved with the user's token.
 * Checklist items are checked against the organisation's pinned checklists.
 */
import type PocketBase from 'pocketbase';
import { z } from 'zod';
import { actionSchema, isOverdue } from '$lib/domain/plans/actions';
import { flattenItems } from '$lib/domain/checklists/flatten';
import type { Checklist } from '$lib/domain/checklists/schema';
import { TIMELINE_KINDS, timelineSchema, type TimelineKind } from '$lib/domain/plans/exercises';
import { messagesFor, type Lang, type Messages } from '$lib/i18n';
import { invalid, parseForm, rejected } from '$lib/server/forms';
import type { ActionRecord } from './exercise-records';
import type { RiskOption } from '$lib/domain/plans/exercises';

export const DEFAULT_CHECKLIST = 'cross-sector';

export interface ChecklistItemRef {
	ref: string;
	title: string;
}

/** Every item of the organisation's pinned checklists (newest pinned version per checklist), as "checklist/item". */
export async function checklistItems(pb: PocketBase, org: string, lang: Lang): Promise<Map<string, string>> {
	const pinned = await pb.collection('checklists').getFullList<{ checklist_id: string; content: Checklist; created: string }>({
		filter: pb.filter('organisation = {:org}', { org }),
		sort: '-created',
		fields: 'checklist_id,content,created'
	});
	const seen = new Set<string>();
	const items = new Map<string, string>();
	for (const c of pinned) {
		if (seen.has(c.checklist_id)) continue;
		seen.add(c.checklist_id);
		try {
			for (const flat of flattenItems(c.content)) items.set(`${c.checklist_id}/${flat.item.id}`, flat.item.title[lang]);
		} catch {
			// a malformed pinned copy contributes no items; the self-check pages report it
		}
	}
	return items;
}

export type ActionView = ActionRecord & {
	items: ChecklistItemRef[];
	/** The linked risks that still exist, by reference. */
	riskLinks: RiskOption[];
	overdue: boolean;
	origin?: { label: string; href: string };
};

/** Actions as the pages show them: checklist items with their titles, linked risks, overdue computed with the clock. */
export function actionViews(
	actions: readonly ActionRecord[],
	items: ReadonlyMap<string, string>,
	now: Date,
	risks: readonly RiskOption[],
	origin?: (action: ActionRecord) => ActionView['origin']
): ActionView[] {
	const byId = new Map(risks.map((r) => [r.id, r]));
	return actions.map((a) => ({
		...a,
		origin: origin?.(a),
		items: storedItemRefs(a.checklist_items).map((ref) => ({ ref, title: items.get(ref) ?? '' })),
		riskLinks: (a.risks ?? []).flatMap((id) => byId.get(id) ?? []),
		overdue: isOverdue(a, now)
	}));
}

/** Only the stored refs that are well-formed strings. */
export function storedItemRefs(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const parent = z.object({
	id: z
		.string()
		.regex(/^[a-z0-9]{15}$/)
		.or(z.literal(''))
		.default(''),
	exercise: z
		.string()
		.regex(/^[a-z0-9]{15}$/)
		.or(z.literal(''))
		.default(''),
	incident: z
		.string()
		.regex(/^[a-z0-9]{15}$/)
		.or(z.literal(''))
		.default('')
});

async function save(
	pb: PocketBase,
	collection: string,
	formName: string,
	values: Record<string, string | string[]>,
	data: Record<string, unknown>,
	m: Messages
) {
	const ids = parent.safeParse(values);
	if (!ids.success) return invalid({ _form: m.errors.unknown }, values, formName);
	const { id, exercise, incident } = ids.data;
	try {
		if (id) await pb.collection(collection).update(id, data);
		else await pb.collection(collection).create({ ...data, ...(exercise ? { exercise } : {}), ...(incident ? { incident } : {}) });
	} catch (error) {
		return rejected(error, m, values, formName);
	}
	return { saved: formName };
}

export async function saveAction(pb: PocketBase, org: string, form: FormData, m: Messages, known: ReadonlySet<string>) {
	const formName = `action-${form.get('id') || form.get('exercise') || form.get('incident') || ''}`;
	const parsed = parseForm(actionSchema(m, known, DEFAULT_CHECKLIST), form, ['plan_sections', 'risks']);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, formName);
	const source = form.get('incident') ? 'incident' : 'exercise';
	const data = { ...parsed.data, organisation: org, ...(form.get('id') ? {} : { source }) };
	return save(pb, 'improvement_actions', formName, parsed.values, data, m);
}

export async function saveTimelineEntry(
	pb: PocketBase,
	org: string,
	form: FormData,
	m: Messages,
	kinds: readonly TimelineKind[] = TIMELINE_KINDS
) {
	const formName = `entry-${form.get('id') ?? ''}`;
	const parsed = parseForm(timelineSchema(m, kinds), form);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, formName);
	return save(pb, 'timeline_entries', formName, parsed.values, { ...parsed.data, organisation: org }, m);
}

export async function deleteRecord(pb: PocketBase, collection: string, form: FormData, m: Messages, formName: string) {
	const id = String(form.get('id') ?? '');
	if (!/^[a-z0-9]{15}$/.test(id)) return invalid({ _form: m.errors.unknown }, {}, formName);
	try {
		await pb.collection(collection).delete(id);
	} catch (error) {
		return rejected(error, m, {}, formName);
	}
	return { saved: formName };
}

/**
 * The form actions every page with a timeline and improvement actions has
 * (an exercise, an incident): add or change an entry or an action, delete one.
 */
export function timelineAndActionActions(kinds: readonly TimelineKind[]) {
	return {
		entry: async ({ request, locals, params }: RecordEvent) =>
			saveTimelineEntry(locals.session.pb, params.org, await request.formData(), messagesFor(locals.session.lang), kinds),
		deleteEntry: async ({ request, locals }: RecordEvent) =>
			deleteRecord(locals.session.pb, 'timeline_entries', await request.formData(), messagesFor(locals.session.lang), 'entries'),
		action: async ({ request, locals, params }: RecordEvent) => {
			const { pb, lang } = locals.session;
			const items = await checklistItems(pb, params.org, lang);
			return saveAction(pb, params.org, await request.formData(), messagesFor(lang), new Set(items.keys()));
		},
		deleteAction: async ({ request, locals }: RecordEvent) =>
			deleteRecord(locals.session.pb, 'improvement_actions', await request.formData(), messagesFor(locals.session.lang), 'actions')
	};
}

/** What those actions need of SvelteKit's request event. */
interface RecordEvent {
	request: Request;
	locals: App.Locals;
	params: { org: string };
}
