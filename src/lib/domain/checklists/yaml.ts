/**
 * Checklist YAML text ⇄ checklist. Pure (text in, text out); the file
 * reading lives in src/lib/server/checklists/library.ts.
 */
import { parse, stringify, YAMLParseError } from 'yaml';
import type { Checklist, ChecklistItem, ChecklistSection } from './schema';
import type { ChecklistValidation } from './validate';
import { validateChecklist } from './validate';

/** Parses and validates one checklist file's text. */
export function parseChecklistYaml(file: string, text: string): ChecklistValidation {
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		const message = error instanceof YAMLParseError || error instanceof Error ? error.message : String(error);
		return { ok: false, issues: [{ file, field: '', message: `not valid YAML: ${message}` }] };
	}
	return validateChecklist(file, data);
}

type Plain = { [key: string]: unknown };

/** Drops undefined values so they are not written as `null`. */
function compact(entries: [string, unknown][]): Plain {
	const out: Plain = {};
	for (const [key, value] of entries) if (value !== undefined) out[key] = value;
	return out;
}

function orderItem(item: ChecklistItem): Plain {
	return compact([
		['id', item.id],
		['classification', item.classification],
		['leading', item.leading],
		['title', { ja: item.title.ja, en: item.title.en }],
		['guidance', { ja: item.guidance.ja, en: item.guidance.en }],
		['evidence_examples', { ja: [...item.evidence_examples.ja], en: [...item.evidence_examples.en] }],
		['threats', [...item.threats]],
		['stage', item.stage],
		[
			'applicability',
			item.applicability &&
				compact([
					['sectors', item.applicability.sectors && [...item.applicability.sectors]],
					['operator_classes', item.applicability.operator_classes && [...item.applicability.operator_classes]]
				])
		],
		[
			'source',
			item.source &&
				compact([
					['seed', item.source.seed],
					['document', item.source.document],
					['section', item.source.section],
					['note', item.source.note]
				])
		]
	]);
}

function orderSection(section: ChecklistSection): Plain {
	const children = section.sections ?? [];
	return compact([
		['id', section.id],
		['title', { ja: section.title.ja, en: section.title.en }],
		['items', section.items.length > 0 || children.length === 0 ? section.items.map(orderItem) : undefined],
		['sections', children.length > 0 ? children.map(orderSection) : undefined]
	]);
}

/**
 * YAML for a checklist with the key order of checklists/FORMAT.md (except
 * that a section's own items come before its nested sections, the order in
 * which they are read), so the same checklist always gives the same text.
 */
export function serializeChecklist(checklist: Checklist): string {
	const { sectors, operator_classes } = checklist.applies_to;
	const ordered = compact([
		['id', checklist.id],
		['version', checklist.version],
		['title', { ja: checklist.title.ja, en: checklist.title.en }],
		['issuer', { ja: checklist.issuer.ja, en: checklist.issuer.en }],
		['published', checklist.published],
		['description', checklist.description && { ja: checklist.description.ja, en: checklist.description.en }],
		['applies_to', { sectors: sectors === 'all' ? 'all' : [...sectors], operator_classes: [...operator_classes] }],
		['sections', checklist.sections.map(orderSection)]
	]);
	return stringify(ordered, { lineWidth: 0 });
}
