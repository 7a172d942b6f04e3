/** What the profile page's form actions answer with. */
export interface ProfileFormResult {
	errors?: Record<string, string>;
	values?: Record<string, string | string[]>;
	form?: string;
	saved?: string;
}
