import type { FormValues } from '$lib/server/forms';
import type { PageData } from './$types';

export type EditData = PageData;

/** What a failed save answers: the values as typed and the errors by field name. */
export interface EditFormResult {
	values?: FormValues;
	errors?: Record<string, string>;
}

/** The value to show in a field: as typed after a failed save, else from the saved version. */
export function valueOf(form: EditFormResult | null, name: string, saved: string): string {
	const typed = form?.values?.[name];
	return typeof typed === 'string' ? typed : saved;
}
