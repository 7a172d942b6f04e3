/**
 * Which items of a pinned checklist an assessment asks about. Pure.
 *
 * A checklist that applies to the organisation (its sector and operator
 * class) contributes the items that apply to it (FORMAT.md: an item's
 * applicability only narrows). A checklist the security team added although
 * it does not apply to the sector (e.g. another sector's supplement, or an
 * import for other sectors) was chosen on purpose: its items are asked
 * without the sector narrowing, still narrowed by operator class.
 */
import { checklistApplies, itemApplies } from '../../checklists/applicability';
import { flattenItems, type FlatItem } from '../../checklists/flatten';
import type { Checklist } from '../../checklists/schema';
import type { OperatorClass, SectorCode } from '../../sectors';
import { groupOf } from '../groups';
import { itemKey, sectionKey, type AssessmentItem } from './types';

export interface Applicant {
	sector: SectorCode;
	operatorClass: OperatorClass;
}

export function askedItems(checklist: Checklist, org: Applicant): FlatItem[] {
	const flat = flattenItems(checklist);
	if (checklistApplies(checklist, org.sector, org.operatorClass)) {
		return flat.filter(({ item }) => itemApplies(item, org.sector, org.operatorClass));
	}
	return flat.filter(({ item }) => item.applicability?.operator_classes?.includes(org.operatorClass) ?? true);
}

/** The asked items of one pinned checklist with their keys, in reading order. */
export function assessmentItems(pinnedId: string, checklist: Checklist, org: Applicant): (AssessmentItem & { flat: FlatItem })[] {
	return askedItems(checklist, org).map((flat) => {
		const top = flat.sectionPath[0];
		return {
			key: itemKey(pinnedId, flat.item.id),
			pinnedId,
			checklistId: checklist.id,
			itemId: flat.item.id,
			sectionId: top.id,
			sectionKey: sectionKey(checklist.id, top.id),
			classification: flat.item.classification,
			group: groupOf(flat.item),
			title: flat.item.title,
			flat
		};
	});
}
