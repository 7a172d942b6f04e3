import type { PageData } from './$types';

export type PlanPageData = PageData;
export type PlanView = NonNullable<PageData['view']>;

/** What the workflow actions answer. */
export interface PlanFormResult {
	form?: string;
	done?: boolean;
	number?: number;
	errors?: Record<string, string>;
	values?: Record<string, string>;
}
