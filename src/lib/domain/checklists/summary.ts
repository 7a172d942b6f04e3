/** Counts used by `npm run checklists:check` and overview pages. Pure. */
import { flattenItems } from './flatten';
import type { Checklist } from './schema';

export interface ChecklistSummary {
	id: string;
	version: string;
	/** 'all' or the sector codes, comma separated. */
	sectors: string;
	items: number;
	consider: number;
	reference: number;
	sector: number;
	/** Leading-operator measures (counted in their classification too). */
	leading: number;
}

export function summarizeChecklist(checklist: Checklist): ChecklistSummary {
	const items = flattenItems(checklist);
	const count = (classification: string) => items.filter(({ item }) => item.classification === classification).length;
	const { sectors } = checklist.applies_to;
	return {
		id: checklist.id,
		version: checklist.version,
		sectors: sectors === 'all' ? 'all' : sectors.join(','),
		items: items.length,
		consider: count('consider'),
		reference: count('reference'),
		sector: count('sector'),
		leading: items.filter(({ item }) => item.leading === true).length
	};
}
