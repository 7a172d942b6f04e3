import type { ImportProblem } from '$lib/domain/checklists/import/problems';
import type { Localized } from '$lib/domain/checklists/schema';

/** What the import action answers with. */
export interface ImportFormResult {
	form?: string;
	values?: Record<string, string | string[]>;
	problems?: ImportProblem[];
	imported?: { id: string; title: Localized; items: number; notes?: Localized[] };
}
