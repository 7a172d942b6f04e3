/**
 * Library-wide rules that `npm run checklists:check` enforces on our own
 * checklists (imports only have to match the schema). Pure: no I/O.
 *
 * - classification: the cross-sector checklist holds 要検討事項 and 参考事項;
 *   a sector supplement holds 分野固有事項 only (seed 001 II-1(1) defines the
 *   first two as guideline items, which sector items are not);
 * - leading: an item asked of leading operators only is flagged `leading`,
 *   and every leading-operator measure has the same classification.
 */
import { flattenItems } from './flatten';
import type { ChecklistIssue } from './issues';
import type { Checklist } from './schema';

export interface LintInput {
	file: string;
	checklist: Checklist;
}

function classificationRule({ file, checklist }: LintInput): ChecklistIssue[] {
	const crossSector = checklist.applies_to.sectors === 'all';
	return flattenItems(checklist).flatMap(({ item }): ChecklistIssue[] => {
		if (crossSector && item.classification === 'sector')
			return [
				{
					file,
					itemId: item.id,
					field: 'classification',
					message: 'a cross-sector checklist holds consider and reference items, not sector items'
				}
			];
		if (!crossSector && item.classification !== 'sector')
			return [
				{
					file,
					itemId: item.id,
					field: 'classification',
					message: `a sector supplement holds sector items (分野固有事項) only, not ${item.classification}; move cross-sector measures to the cross-sector checklist`
				}
			];
		return [];
	});
}

function leadingRule(inputs: readonly LintInput[]): ChecklistIssue[] {
	const issues: ChecklistIssue[] = [];
	let first: { file: string; itemId: string; classification: string } | null = null;
	for (const { file, checklist } of inputs) {
		for (const { item } of flattenItems(checklist)) {
			const classes = item.applicability?.operator_classes;
			const leadingOnly = classes?.length === 1 && classes[0] === 'leading';
			if (leadingOnly && item.leading !== true)
				issues.push({ file, itemId: item.id, field: 'leading', message: 'an item for leading operators only must say leading: true' });
			if (item.leading !== true) continue;
			if (first === null) first = { file, itemId: item.id, classification: item.classification };
			else if (item.classification !== first.classification)
				issues.push({
					file,
					itemId: item.id,
					field: 'classification',
					message: `leading-operator measures share one classification: ${first.itemId} in ${first.file} is ${first.classification}`
				});
		}
	}
	return issues;
}

export function lintLibrary(inputs: readonly LintInput[]): ChecklistIssue[] {
	return [...inputs.flatMap(classificationRule), ...leadingRule(inputs)];
}
