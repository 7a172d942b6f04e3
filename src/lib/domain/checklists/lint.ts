/**
 * Library-wide rules that `npm run checklists:check` enforces on our own
 * checklists (imports only have to match the schema). Pure: no I/O.
 *
 * - classification: the cross-sector checklist holds 要検討事項 and 参考事項;
 *   a sector supplement holds 分野固有事項 only (seed 001 II-1(1) defines the
 *   first two as guideline items, which sector items are not);
 * - leading: an item asked of leading operators only is flagged `leading`,
 *   and every leading-operator measure has the same classification;
 * - source: every item says where its facts come from (a seed or a document);
 * - unique ids: an item id is used once in the whole library, so any
 *   self-check made of library checklists shows unambiguous ids;
 * - near duplicates: no two items have (almost) the same Japanese title —
 *   a sector supplement holds only what the cross-sector checklist lacks;
 * - style: titles are statements (they end in a predicate), Japanese
 *   guidance is written in です・ます;
 * - stages: penetration tests are part of the voluntary audit (seed 000 ③),
 *   exercises are tagged bcp (or monitoring when about acting on findings).
 */
import { flattenItems } from './flatten';
import type { ChecklistIssue } from './issues';
import type { Checklist, ChecklistItem } from './schema';

export interface LintInput {
	file: string;
	checklist: Checklist;
}

type Rule = (inputs: readonly LintInput[]) => ChecklistIssue[];

const each = (inputs: readonly LintInput[], check: (item: ChecklistItem, input: LintInput) => ChecklistIssue | null): ChecklistIssue[] =>
	inputs.flatMap((input) =>
		flattenItems(input.checklist).flatMap(({ item }) => {
			const issue = check(item, input);
			return issue ? [issue] : [];
		})
	);

const classificationRule: Rule = (inputs) =>
	each(inputs, (item, { file, checklist }) => {
		const crossSector = checklist.applies_to.sectors === 'all';
		if (crossSector && item.classification === 'sector')
			return {
				file,
				itemId: item.id,
				field: 'classification',
				message: 'a cross-sector checklist holds consider and reference items, not sector items'
			};
		if (!crossSector && item.classification !== 'sector')
			return {
				file,
				itemId: item.id,
				field: 'classification',
				message: `a sector supplement holds sector items (分野固有事項) only, not ${item.classification}; move cross-sector measures to the cross-sector checklist`
			};
		return null;
	});

const leadingRule: Rule = (inputs) => {
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
};

const sourceRule: Rule = (inputs) =>
	each(inputs, (item, { file }) =>
		item.source
			? null
			: {
					file,
					itemId: item.id,
					field: 'source',
					message: 'every item names where its facts come from: source: { seed: "001", section: "…" } or { document: "…" }'
				}
	);

const uniqueIdRule: Rule = (inputs) => {
	const seen = new Map<string, string>();
	return each(inputs, (item, { file, checklist }) => {
		const earlier = seen.get(item.id);
		if (earlier !== undefined)
			return {
				file,
				itemId: item.id,
				field: 'id',
				message: `item id ${item.id} is also used in ${earlier}; ids are unique across the library so that a self-check never shows the same id twice`
			};
		seen.set(item.id, `${checklist.id}`);
		return null;
	});
};

/** Japanese title reduced to what carries meaning: no spaces, punctuation or the common statement endings. */
export function normalizeTitle(title: string): string {
	return title
		.normalize('NFKC')
		.replace(/[\s、。・（）()「」『』,./:：]/g, '')
		.replace(/(している|している|ている|いる|ある|できる|する|を|が|に|の|と|で|は|も|や)/g, '');
}

function bigrams(text: string): Set<string> {
	const chars = Array.from(text);
	const out = new Set<string>();
	for (let i = 0; i < chars.length - 1; i++) out.add(chars[i] + chars[i + 1]);
	return out;
}

/** Dice coefficient of the character bigrams of two normalized titles, 0–1. */
export function titleSimilarity(a: string, b: string): number {
	const x = bigrams(normalizeTitle(a));
	const y = bigrams(normalizeTitle(b));
	if (x.size === 0 || y.size === 0) return 0;
	let common = 0;
	for (const g of x) if (y.has(g)) common++;
	return (2 * common) / (x.size + y.size);
}

/** Titles at least this similar, in one self-check (one checklist, or a sector item and a cross-sector item), are near duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.75;
/** Titles at least this similar in two sector supplements are the same measure, which belongs in the cross-sector checklist. */
export const SHARED_MEASURE_THRESHOLD = 0.8;

const nearDuplicateRule: Rule = (inputs) => {
	const all = inputs.flatMap(({ file, checklist }) =>
		flattenItems(checklist).map(({ item }) => ({
			file,
			checklist: checklist.id,
			crossSector: checklist.applies_to.sectors === 'all',
			item
		}))
	);
	const issues: ChecklistIssue[] = [];
	for (let i = 0; i < all.length; i++) {
		for (let j = 0; j < i; j++) {
			const [a, b] = [all[i], all[j]];
			const sameSelfCheck = a.checklist === b.checklist || a.crossSector || b.crossSector;
			const score = titleSimilarity(a.item.title.ja, b.item.title.ja);
			if (sameSelfCheck && score >= NEAR_DUPLICATE_THRESHOLD) {
				issues.push({
					file: a.file,
					itemId: a.item.id,
					field: 'title.ja',
					message: `nearly the same title as ${b.item.id} in ${b.checklist} (${Math.round(score * 100)}% alike): keep one, or make the difference plain`
				});
			} else if (!sameSelfCheck && score >= SHARED_MEASURE_THRESHOLD) {
				issues.push({
					file: a.file,
					itemId: a.item.id,
					field: 'title.ja',
					message: `the same measure as ${b.item.id} in ${b.checklist} (${Math.round(score * 100)}% alike): what several sectors share belongs in the cross-sector checklist`
				});
			}
		}
	}
	return issues;
};

/** A statement ends in a predicate: a verb or adjective in its plain form. */
const STATEMENT_END = /[うくぐすつぬぶむるいた]$/;
/** A です・ます sentence, possibly closed by a parenthesis. */
const POLITE_SENTENCE = /(ます|です|ください|ません|でしょう|ました)(（[^（）]*）)?。$/;

const styleRule: Rule = (inputs) =>
	inputs.flatMap(({ file, checklist }) =>
		flattenItems(checklist).flatMap(({ item }): ChecklistIssue[] => {
			const issues: ChecklistIssue[] = [];
			if (!STATEMENT_END.test(item.title.ja.trim()))
				issues.push({
					file,
					itemId: item.id,
					field: 'title.ja',
					message: 'write the title as a statement of what is in place (…している), not as a noun phrase'
				});
			const sentences = item.guidance.ja.match(/[^。\n]*。/g) ?? [];
			const plain = sentences.find((s) => !POLITE_SENTENCE.test(s));
			if (plain)
				issues.push({ file, itemId: item.id, field: 'guidance.ja', message: `write the guidance in です・ます: "…${plain.slice(-24)}"` });
			return issues;
		})
	);

const stageRule: Rule = (inputs) =>
	each(inputs, (item, { file }) => {
		const title = item.title.ja;
		if (title.includes('侵入テスト') && item.stage !== 'audit')
			return {
				file,
				itemId: item.id,
				field: 'stage',
				message: 'penetration tests are part of the voluntary audit (seed 000 ③): stage: audit'
			};
		if (title.includes('演習') && item.stage !== 'bcp' && item.stage !== 'monitoring')
			return {
				file,
				itemId: item.id,
				field: 'stage',
				message: 'exercises are tagged bcp (monitoring when the item is about acting on their findings)'
			};
		return null;
	});

export const LINT_RULES: readonly Rule[] = [
	classificationRule,
	leadingRule,
	sourceRule,
	uniqueIdRule,
	nearDuplicateRule,
	styleRule,
	stageRule
];

export function lintLibrary(inputs: readonly LintInput[]): ChecklistIssue[] {
	return LINT_RULES.flatMap((rule) => rule(inputs));
}
