/** What the self-check list's form action answers with. */
export interface StartFormResult {
	form?: string;
	errors?: Record<string, string>;
	values?: Record<string, string | string[]>;
}
