/**
 * The plans area's spreadsheets, read with the user's own token: every
 * improvement action (from the 改善措置 page and the Exports page alike) and
 * the contact register. Each is one sheet of the shared sheet model.
 */
import type PocketBase from 'pocketbase';
import { contactsSheet, contactsSheetRows } from '$lib/domain/plans/contacts-sheet';
import { actionsSheet, actionsSheetRows } from '$lib/domain/plans/actions-sheet';
import { buildSheet, type Sheet, type SheetLanguage } from '$lib/domain/exports/sheet';
import { now } from '$lib/server/clock';
import { checklistItems, storedItemRefs } from './actions';
import type { ContactRecord } from './contact-records';
import type { ActionRecord } from './exercise-records';
import { riskOptions } from './risk-options';

export const PLAN_SHEET_FILES = {
	actions: { ja: '改善措置', en: 'improvement-actions' },
	contacts: { ja: '連絡先台帳', en: 'contact-register' }
} as const;

/** Every improvement action, open or closed, with its exercise or incident, plan sections, risks and checklist items. */
export async function improvementActionsSheet(pb: PocketBase, org: string, lang: SheetLanguage): Promise<Sheet> {
	const byOrg = pb.filter('organisation = {:org}', { org });
	const [actions, exercises, incidents, risks, items, today] = await Promise.all([
		pb.collection('improvement_actions').getFullList<ActionRecord>({ filter: byOrg, sort: 'due_date,created' }),
		pb.collection('exercises').getFullList<{ id: string; title: string }>({ filter: byOrg, fields: 'id,title' }),
		pb.collection('incidents').getFullList<{ id: string; title: string }>({ filter: byOrg, fields: 'id,title' }),
		riskOptions(pb, org),
		checklistItems(pb, org, lang),
		now()
	]);
	const titles = new Map([...exercises, ...incidents].map((r) => [r.id, r.title]));
	const rows = actionsSheetRows(
		actions.map((a) => ({
			...a,
			origin: titles.get(a.exercise || a.incident || '') ?? '',
			risks: a.risks ?? [],
			items: storedItemRefs(a.checklist_items).map((ref) => (items.get(ref) ? `${ref} ${items.get(ref)}` : ref))
		})),
		risks,
		today,
		lang
	);
	return buildSheet(actionsSheet, rows, lang);
}

/** The contact register in the order of its page (category, then the register's own order). */
export async function contactsRegisterSheet(pb: PocketBase, org: string, lang: SheetLanguage): Promise<Sheet> {
	const contacts = await pb
		.collection('contacts')
		.getFullList<ContactRecord>({ filter: pb.filter('organisation = {:org}', { org }), sort: 'category,sort,name' });
	return buildSheet(contactsSheet, contactsSheetRows(contacts, lang), lang);
}
