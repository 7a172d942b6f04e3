/** Which checklists and items apply to an operator (sector + operator class). Pure. */
import type { OperatorClass, SectorCode } from '../sectors';
import { flattenItems } from './flatten';
import type { FlatItem } from './flatten';
import type { Checklist, ChecklistItem } from './schema';

export function checklistApplies(checklist: Pick<Checklist, 'applies_to'>, sector: SectorCode, operatorClass: OperatorClass): boolean {
	const { sectors, operator_classes } = checklist.applies_to;
	return (sectors === 'all' || sectors.includes(sector)) && operator_classes.includes(operatorClass);
}

/** True when the item applies, given that its checklist applies (applicability only narrows). */
export function itemApplies(item: ChecklistItem, sector: SectorCode, operatorClass: OperatorClass): boolean {
	const { sectors, operator_classes } = item.applicability ?? {};
	return (
		(sectors === undefined || sectors.includes(sector)) && (operator_classes === undefined || operator_classes.includes(operatorClass))
	);
}

/** The items an operator answers: none when the checklist itself does not apply. */
export function applicableItems(checklist: Checklist, sector: SectorCode, operatorClass: OperatorClass): FlatItem[] {
	if (!checklistApplies(checklist, sector, operatorClass)) return [];
	return flattenItems(checklist).filter(({ item }) => itemApplies(item, sector, operatorClass));
}
