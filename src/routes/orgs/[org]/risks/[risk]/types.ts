/** What the risk page's form actions answer with, and its data. */
import type { PageData } from './$types';

export type RiskPageData = PageData;

export interface RiskFormResult {
	errors?: Record<string, string>;
	values?: Record<string, string | string[]>;
	form?: string;
	saved?: string;
}

/** The result for one named form, or null. */
export function resultFor(form: RiskFormResult | null | undefined, name: string): RiskFormResult | null {
	return form && (form.form === name || form.saved === name) ? form : null;
}
