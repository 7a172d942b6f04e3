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
}

export function summarizeChecklist(checklist: Checklist): ChecklistSummary {
	const items = flattenItems(checklist);
	const consider = items.filter(({ item }) => item.classification === 'consider').length;
	const { sectors } = checklist.applies_to;
	return {
		id: checklist.id,
		version: checklist.version,
		sectors: sectors === 'all' ? 'all' : sectors.join(','),
		items: items.length,
		consider,
		reference: items.length - consider
	};
}
