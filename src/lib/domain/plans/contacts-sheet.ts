/**
 * The contact register as a spreadsheet (XLSX/CSV through the one sheet model
 * of domain/exports): one row per contact, grouped by category as the
 * register page shows them, with the deputy named, not as a record ID.
 */
import { defineSheet, type SheetLanguage, type SheetRow } from '../exports/sheet';
import { CONTACT_CATEGORY_NAMES, groupContacts, type ContactCategory } from './contacts';

export const contactsSheet = defineSheet({
	name: { ja: '連絡先台帳', en: 'Contact register' },
	columns: [
		{ key: 'category', header: { ja: '区分', en: 'Category' }, type: 'text', width: 22 },
		{ key: 'name', header: { ja: '氏名・窓口名', en: 'Name or contact point' }, type: 'text', width: 24 },
		{ key: 'affiliation', header: { ja: '所属・組織', en: 'Affiliation' }, type: 'text', width: 24 },
		{ key: 'role', header: { ja: '役割', en: 'Role' }, type: 'text', width: 20 },
		{ key: 'phone', header: { ja: '電話', en: 'Phone' }, type: 'text', width: 16 },
		{ key: 'phoneAlt', header: { ja: '予備の電話', en: 'Second phone' }, type: 'text', width: 16 },
		{ key: 'email', header: { ja: 'メール', en: 'E-mail' }, type: 'text', width: 26 },
		{ key: 'hours', header: { ja: '対応時間', en: 'Hours' }, type: 'text', width: 16 },
		{ key: 'deputy', header: { ja: '代行者', en: 'Deputy' }, type: 'text', width: 24 },
		{ key: 'notes', header: { ja: '備考', en: 'Notes' }, type: 'text', width: 40 },
		{ key: 'updated', header: { ja: '最終更新（日本時間）', en: 'Last updated (Japan time)' }, type: 'datetime' }
	]
});

export interface ContactSheetInput {
	id: string;
	category: ContactCategory;
	name: string;
	affiliation: string;
	role: string;
	phone: string;
	phone_alt: string;
	email: string;
	hours: string;
	deputy: string;
	notes: string;
	/** PocketBase's `updated`; the sheet writes it in Japan time. */
	updated: string;
}

export function contactsSheetRows(
	contacts: readonly ContactSheetInput[],
	lang: SheetLanguage
): SheetRow<(typeof contactsSheet.columns)[number]['key']>[] {
	const names = new Map(contacts.map((c) => [c.id, c.name]));
	return groupContacts(contacts).flatMap(({ category, contacts: group }) =>
		group.map((c) => ({
			category: CONTACT_CATEGORY_NAMES[category][lang],
			name: c.name,
			affiliation: c.affiliation,
			role: c.role,
			phone: c.phone,
			phoneAlt: c.phone_alt,
			email: c.email,
			hours: c.hours,
			deputy: c.deputy ? (names.get(c.deputy) ?? '') : '',
			notes: c.notes,
			updated: c.updated || undefined
		}))
	);
}
