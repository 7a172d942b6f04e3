/** A read-only view of one checklist: its sections (nested) and items with rendered guidance. */
import { itemApplies } from '$lib/domain/checklists/applicability';
import { walkSections } from '$lib/domain/checklists/flatten';
import type { Checklist, Classification, Localized } from '$lib/domain/checklists/schema';
import type { OperatorClass, SectorCode } from '$lib/domain/sectors';
import type { Lang } from '$lib/i18n';
import { renderMarkdown } from './markdown';

export interface DetailItem {
	id: string;
	classification: Classification;
	/** A leading-operator measure (先導的取組). */
	leading: boolean;
	title: string;
	guidanceHtml: string;
	evidence: string[];
	/** Whether the item applies to the organisation's sector and class. */
	applies: boolean;
}

export interface DetailSection {
	id: string;
	title: string;
	depth: number;
	items: DetailItem[];
}

export interface ChecklistDetail {
	id: string;
	version: string;
	title: Localized;
	issuer: string;
	published: string;
	descriptionHtml: string;
	sections: DetailSection[];
}

export function checklistDetail(checklist: Checklist, lang: Lang, sector: SectorCode, cls: OperatorClass): ChecklistDetail {
	return {
		id: checklist.id,
		version: checklist.version,
		title: checklist.title,
		issuer: checklist.issuer[lang],
		published: checklist.published,
		descriptionHtml: checklist.description ? renderMarkdown(checklist.description[lang]) : '',
		sections: walkSections(checklist).map(({ section, path }) => ({
			id: section.id,
			title: section.title[lang],
			depth: path.length,
			items: section.items.map((item) => ({
				id: item.id,
				classification: item.classification,
				leading: item.leading === true,
				title: item.title[lang],
				guidanceHtml: renderMarkdown(item.guidance[lang]),
				evidence: item.evidence_examples[lang],
				applies: itemApplies(item, sector, cls)
			}))
		}))
	};
}
