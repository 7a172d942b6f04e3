/**
 * The contact register: points of contact and their deputies inside the
 * organisation, the ministry's contact point, the CEPTOAR, NISC (today the
 * National Cybersecurity Office), the police and other incident-handling
 * agencies, key suppliers. Contacts are personal data: only members read
 * them (API rules) and the audit trail records every change. Schema facts
 * and validation, defined once here.
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import type { Localized } from '../sectors';

export const CONTACT_CATEGORIES = [
	'csirt',
	'internal',
	'executive',
	'ministry',
	'ceptoar',
	'nisc',
	'police',
	'agency',
	'supplier',
	'other'
] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

export const CONTACT_CATEGORY_NAMES: Record<ContactCategory, Localized> = {
	csirt: { ja: 'CSIRT', en: 'CSIRT' },
	internal: { ja: '社内の窓口', en: 'Internal point of contact' },
	executive: { ja: '経営層', en: 'Executive' },
	ministry: { ja: '所管省庁', en: 'Ministry' },
	ceptoar: { ja: 'セプター', en: 'CEPTOAR' },
	nisc: { ja: 'NISC／国家サイバー統括室', en: 'NISC / National Cybersecurity Office' },
	police: { ja: '警察', en: 'Police' },
	agency: { ja: 'その他の対応機関（JPCERT/CC など）', en: 'Other incident-handling agencies (JPCERT/CC etc.)' },
	supplier: { ja: '委託先・供給者', en: 'Supplier' },
	other: { ja: 'その他', en: 'Other' }
};

export const CONTACT_LIMITS = { name: 200, affiliation: 200, role: 200, phone: 50, email: 200, hours: 200, notes: 2000 } as const;

/** Digits (half or full width), + - ( ), spaces, 「内線」 and ext./#. */
const PHONE = /^[0-9\uff10-\uff19+()\uff08\uff09\-\uff0d \u3000内線ext.#]+$/i;

const text = (m: Messages, max: number) => z.string().trim().max(max, m.errors.tooLong(max)).default('');

export function contactSchema(m: Messages) {
	return z.object({
		category: z.enum(CONTACT_CATEGORIES, { error: m.errors.choose }),
		name: text(m, CONTACT_LIMITS.name).pipe(z.string().min(1, m.errors.required)),
		affiliation: text(m, CONTACT_LIMITS.affiliation),
		role: text(m, CONTACT_LIMITS.role),
		phone: text(m, CONTACT_LIMITS.phone).refine((v) => v === '' || PHONE.test(v), m.plansContacts.phoneFormat),
		phone_alt: text(m, CONTACT_LIMITS.phone).refine((v) => v === '' || PHONE.test(v), m.plansContacts.phoneFormat),
		email: text(m, CONTACT_LIMITS.email).refine((v) => v === '' || z.email().safeParse(v).success, m.errors.email),
		hours: text(m, CONTACT_LIMITS.hours),
		deputy: z
			.string()
			.default('')
			.refine((v) => v === '' || /^[a-z0-9]{15}$/.test(v), m.errors.choose),
		notes: text(m, CONTACT_LIMITS.notes)
	});
}

export interface ContactLike {
	id: string;
	category: ContactCategory;
	name: string;
	affiliation: string;
}

/** "守谷 翔太（情報セキュリティ室）" — how a contact is named in plans and reports. */
export function contactLabel(contact: Pick<ContactLike, 'name' | 'affiliation'>): string {
	return contact.affiliation ? `${contact.name}（${contact.affiliation}）` : contact.name;
}

/** Contacts grouped by category, in the register's order, for the contact sheet. */
export function groupContacts<T extends ContactLike>(contacts: readonly T[]): { category: ContactCategory; contacts: T[] }[] {
	return CONTACT_CATEGORIES.map((category) => ({ category, contacts: contacts.filter((c) => c.category === category) })).filter(
		(g) => g.contacts.length > 0
	);
}

/**
 * A tel: link for a phone number as typed ("03-0000-1101", "+81 3 0000 1101",
 * "090-0000-1101（夜間）"): its digits (and a leading +), or null when it
 * holds too few digits to dial.
 */
export function telHref(phone: string): string | null {
	const trimmed = phone.trim();
	const digits = trimmed.replace(/[^\d]/g, '');
	if (digits.length < 3) return null;
	return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
