import type { RecordModel } from 'pocketbase';
import type { ContactCategory } from '$lib/domain/plans/contacts';

export interface ContactRecord extends RecordModel {
	organisation: string;
	category: ContactCategory;
	name: string;
	affiliation: string;
	role: string;
	phone: string;
	phone_alt: string;
	email: string;
	hours: string;
	notes: string;
	deputy: string;
	sort: number;
	created: string;
	updated: string;
}
