/** What the record forms of the plan area answer (timeline entries, improvement actions, exercises, incidents). */
export interface RecordFormResult {
	form?: string;
	saved?: string;
	errors?: Record<string, string>;
	values?: Record<string, string | string[]>;
}

/** The typed value of a field after a failed save, else the saved one. */
export function typedOr(result: RecordFormResult | null, field: string, saved: string): string {
	const typed = result?.values?.[field];
	return typeof typed === 'string' ? typed : saved;
}
