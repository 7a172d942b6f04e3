/**
 * OSCAL catalog (JSON) → checklist. Groups become sections (nested groups
 * nested sections); controls and their enhancements (nested controls) become
 * items, an enhancement right after its parent. Withdrawn controls (prop
 * status = withdrawn) are skipped. OSCAL prose is in one language: the other
 * language gets the same text prefixed with `[未翻訳] ` / `[untranslated] ` so
 * that the missing translation shows. A catalog exported by mamori is read
 * back exactly, options ignored (exports/oscal/catalog.ts). Real NIST
 * catalogs: parameters (`{{ insert: param, … }}`) are written out the way
 * NIST renders them ([Assignment: …], [Selection (one or more): …]), the
 * official label (AC-2(1)) leads the title when it differs from the item id,
 * withdrawn controls are listed in the notes, and an OSCAL profile or other
 * OSCAL model is refused with what to import instead. Pure.
 */
import { z } from 'zod';
import { formatPath } from '../issues';
import { checklistItemSchema, textError } from '../schema';
import type { AppliesTo, Localized } from '../schema';
import type { ProcessStage, ThreatCategory } from '../../threats';
import { isMamoriCatalog, readMamoriCatalog } from '../../exports/oscal/catalog';
import { finishImport, problemsFromZod, sortProblems } from './finish';
import type { IssuePath } from './finish';
import type { ImportProblem, ImportResult } from './problems';

export const OSCAL_CLASSIFICATION_RULES = ['all-consider', 'all-reference', 'enhancements-reference'] as const;
export type OscalClassificationRule = (typeof OSCAL_CLASSIFICATION_RULES)[number];

export const UNTRANSLATED_PREFIX: Localized = { ja: '[未翻訳] ', en: '[untranslated] ' };

export interface OscalImportOptions {
	id: string;
	/** Default: the catalog's metadata.version. */
	version?: string;
	/** Default: the catalog's title, marked untranslated in the other language. */
	title?: Localized;
	issuer: Localized;
	/** ISO date. Default: the date of the catalog's metadata.published, else of metadata.last-modified. */
	published?: string;
	description?: Localized;
	applies_to: AppliesTo;
	/** The language the catalog's text is written in. */
	lang: 'ja' | 'en';
	classification: OscalClassificationRule;
	/** Threat categories given to every item. */
	threats: ThreatCategory[];
	/** Stage given to every item. */
	stage: ProcessStage;
}

const text = z.string({ error: textError });

const propSchema = z.looseObject({ name: text, value: text });

const partSchema = z.looseObject({
	name: text,
	prose: text.optional(),
	props: z.array(propSchema).optional(),
	get parts(): z.ZodOptional<z.ZodArray<typeof partSchema>> {
		return z.array(partSchema).optional();
	}
});

const paramSchema = z.looseObject({
	id: text,
	label: text.optional(),
	values: z.array(text).optional(),
	select: z.looseObject({ 'how-many': text.optional(), choice: z.array(text).optional() }).optional()
});

const controlSchema = z.looseObject({
	id: text.min(1, { message: 'must not be empty' }),
	title: text,
	params: z.array(paramSchema).optional(),
	props: z.array(propSchema).optional(),
	parts: z.array(partSchema).optional(),
	get controls(): z.ZodOptional<z.ZodArray<typeof controlSchema>> {
		return z.array(controlSchema).optional();
	}
});

const groupSchema = z.looseObject({
	id: text.min(1, { message: 'must not be empty (the section id is made from it)' }),
	title: text,
	get groups(): z.ZodOptional<z.ZodArray<typeof groupSchema>> {
		return z.array(groupSchema).optional();
	},
	controls: z.array(controlSchema).optional()
});

export const oscalCatalogSchema = z.looseObject({
	catalog: z.looseObject({
		uuid: text.min(1),
		metadata: z.looseObject({
			title: text,
			version: text,
			published: text.optional(),
			'last-modified': text.optional()
		}),
		groups: z.array(groupSchema).min(1, { message: 'the catalog has no groups' }),
		controls: z.array(controlSchema).max(0, { message: 'controls outside a group are not supported: put them in a group' }).optional()
	})
});

type OscalPart = z.infer<typeof partSchema>;
type OscalParam = z.infer<typeof paramSchema>;
type OscalControl = z.infer<typeof controlSchema>;
type OscalGroup = z.infer<typeof groupSchema>;

/** `ac-2.1` → `AC-2-1`: upper case, anything but letters and digits becomes one hyphen. */
export function oscalIdToItemId(id: string): string {
	return id
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const propValue = (props: { name: string; value: string }[] | undefined, name: string): string | undefined =>
	props?.find((p) => p.name === name)?.value;

const INSERT = /\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g;

/** Writes parameters out as NIST's own rendering does: values if set, else the selection or the assignment. */
export function substituteParams(prose: string, params: ReadonlyMap<string, OscalParam>, depth = 0): string {
	return prose.replace(INSERT, (_, id: string) => {
		const param = params.get(id);
		if (!param || depth > 5) return `[${id}]`;
		if (param.values && param.values.length > 0) return param.values.map((v) => substituteParams(v, params, depth + 1)).join(', ');
		const choices = param.select?.choice ?? [];
		if (choices.length > 0) {
			const how = param.select?.['how-many'] === 'one-or-more' ? 'Selection (one or more)' : 'Selection';
			return `[${how}: ${choices.map((c) => substituteParams(c, params, depth + 1)).join('; ')}]`;
		}
		return param.label ? `[Assignment: ${substituteParams(param.label, params, depth + 1)}]` : `[${id}]`;
	});
}

/** Statement prose, its nested items as a Markdown list (with their labels, e.g. `a.`). */
function partText(part: OscalPart, depth: number, params: ReadonlyMap<string, OscalParam>): string[] {
	const lines: string[] = [];
	const prose = substituteParams(part.prose?.trim() ?? '', params);
	if (depth === 0) {
		if (prose !== '') lines.push(prose);
	} else {
		const label = propValue(part.props, 'label');
		const body = [label, prose].filter((s) => s !== undefined && s !== '').join(' ');
		if (body !== '') lines.push(`${'  '.repeat(depth - 1)}- ${body}`);
	}
	for (const child of part.parts ?? []) lines.push(...partText(child, depth + 1, params));
	return lines;
}

function controlText(control: OscalControl, params: ReadonlyMap<string, OscalParam>): string {
	const chunks: string[] = [];
	for (const name of ['statement', 'guidance']) {
		for (const part of control.parts ?? []) {
			if (part.name !== name) continue;
			const lines = partText(part, 0, params);
			if (lines.length > 0) chunks.push(lines.join('\n'));
		}
	}
	return chunks.join('\n\n');
}

/**
 * The text in its language, and marked untranslated in the other. Before a
 * text that starts with a Markdown list the marker is a paragraph of its own,
 * so that the list stays a list.
 */
function localize(value: string, lang: 'ja' | 'en'): Localized {
	const other = lang === 'ja' ? 'en' : 'ja';
	const out = { ja: '', en: '' };
	out[lang] = value;
	const marker = UNTRANSLATED_PREFIX[other];
	out[other] = value.trim() === '' ? '' : /^\s*([-*+]|\d+\.)\s/.test(value) ? `${marker.trim()}\n\n${value}` : `${marker}${value}`;
	return out;
}

/** What the file is when it is OSCAL but not a catalog, and what to import instead. */
function notACatalog(data: unknown): string | null {
	if (typeof data !== 'object' || data === null || 'catalog' in data) return null;
	if ('profile' in data) {
		return 'this is an OSCAL profile (a selection of controls from a catalog, such as the NIST LOW baseline), not a catalog: import the resolved profile catalog instead (NIST publishes it as …_LOW-baseline-resolved-profile_catalog.json), or the full catalog the profile imports';
	}
	const model = [
		'system-security-plan',
		'component-definition',
		'assessment-plan',
		'assessment-results',
		'plan-of-action-and-milestones'
	].find((k) => k in data);
	return model ? `this is an OSCAL ${model}, not a catalog: a checklist is imported from an OSCAL catalog` : null;
}

const dateOf = (timestamp: string | undefined): string | undefined => timestamp?.slice(0, 10);

interface SectionDraft {
	jsonPath: IssuePath;
	candidate: { id: string; title: Localized; sections?: unknown[]; items: unknown[] };
	itemPaths: IssuePath[];
	children: SectionDraft[];
}

/** Imports a parsed OSCAL catalog. */
export function importOscalCatalog(data: unknown, options: OscalImportOptions): ImportResult {
	// A catalog mamori exported carries the whole checklist (exports/oscal/catalog.ts): read it back as it was.
	if (isMamoriCatalog(data)) return readMamoriCatalog(data);
	const other = notACatalog(data);
	if (other) return { ok: false, problems: [{ message: other }] };
	const parsed = oscalCatalogSchema.safeParse(data);
	if (!parsed.success) {
		return { ok: false, problems: problemsFromZod(parsed.error, data, (path) => ({ field: formatPath(path) })) };
	}
	const { catalog } = parsed.data;
	const problems: ImportProblem[] = [];
	// Options every item shares: report once, not once per item.
	for (const key of ['threats', 'stage'] as const) {
		const check = checklistItemSchema.shape[key].safeParse(options[key]);
		if (!check.success) problems.push(...problemsFromZod(check.error, options[key], () => ({ field: key })));
	}
	const itemOwners = new Map<string, string>();
	const params = new Map<string, OscalParam>();
	const collectParams = (controls: readonly OscalControl[] | undefined): void => {
		for (const control of controls ?? []) {
			for (const param of control.params ?? []) params.set(param.id, param);
			collectParams(control.controls);
		}
	};
	const collectGroups = (groups: readonly OscalGroup[] | undefined): void => {
		for (const group of groups ?? []) {
			collectParams(group.controls);
			collectGroups(group.groups);
		}
	};
	collectGroups(catalog.groups);
	const withdrawn: string[] = [];

	const controlItems = (control: OscalControl, path: IssuePath, enhancement: boolean, draft: SectionDraft): void => {
		const label = propValue(control.props, 'label');
		if (propValue(control.props, 'status') === 'withdrawn') {
			withdrawn.push(label ?? control.id);
			// its enhancements are withdrawn as well in NIST's catalogs; any that is not stays an item
			(control.controls ?? []).forEach((child, k) => controlItems(child, [...path, 'controls', k], true, draft));
			return;
		}
		const field = formatPath(path);
		const itemId = oscalIdToItemId(control.id);
		const owner = itemOwners.get(itemId);
		if (owner !== undefined) {
			problems.push({ field: `${field}.id`, message: `control ${control.id} becomes item id ${itemId}, which ${owner} already has` });
		} else {
			itemOwners.set(itemId, `control ${control.id} (${field})`);
		}
		const prose = controlText(control, params);
		if (prose === '') problems.push({ field: `${field}.parts`, message: `control ${control.id} has no statement or guidance prose` });
		const classification =
			options.classification === 'all-reference' || (options.classification === 'enhancements-reference' && enhancement)
				? 'reference'
				: 'consider';
		draft.candidate.items.push({
			id: itemId,
			classification,
			title: localize(label && label !== itemId ? `${label} ${control.title}` : control.title, options.lang),
			guidance: localize(prose, options.lang),
			evidence_examples: { ja: [], en: [] },
			threats: options.threats,
			stage: options.stage
		});
		draft.itemPaths.push(path);
		(control.controls ?? []).forEach((child, k) => controlItems(child, [...path, 'controls', k], true, draft));
	};

	const sectionDraft = (group: OscalGroup, path: IssuePath): SectionDraft => {
		const draft: SectionDraft = {
			jsonPath: path,
			candidate: { id: oscalIdToItemId(group.id), title: localize(group.title, options.lang), items: [] },
			itemPaths: [],
			children: []
		};
		(group.controls ?? []).forEach((control, k) => controlItems(control, [...path, 'controls', k], false, draft));
		draft.children = (group.groups ?? []).map((child, k) => sectionDraft(child, [...path, 'groups', k]));
		if (draft.children.length > 0) draft.candidate.sections = draft.children.map((c) => c.candidate);
		return draft;
	};

	const drafts = catalog.groups.map((group, k) => sectionDraft(group, ['catalog', 'groups', k]));
	if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };

	const { metadata } = catalog;
	const candidate = {
		id: options.id,
		version: options.version ?? metadata.version,
		title: options.title ?? localize(metadata.title, options.lang),
		issuer: options.issuer,
		published: options.published ?? dateOf(metadata.published) ?? dateOf(metadata['last-modified']),
		...(options.description ? { description: options.description } : {}),
		applies_to: options.applies_to,
		sections: drafts.map((d) => d.candidate)
	};

	const notes: Localized[] = [];
	if (withdrawn.length > 0) {
		const shown = withdrawn.slice(0, 40).join(', ') + (withdrawn.length > 40 ? ', …' : '');
		notes.push({
			ja: `取り下げられた管理策 ${withdrawn.length} 件は取り込んでいません: ${shown}`,
			en: `${withdrawn.length} withdrawn control${withdrawn.length === 1 ? ' was' : 's were'} left out: ${shown}`
		});
	}
	return finishImport(
		candidate,
		(path) => {
			if (path[0] !== 'sections') return { field: formatPath(path) };
			let draft: SectionDraft | undefined;
			let list = drafts;
			let i = 0;
			while (path[i] === 'sections' && typeof path[i + 1] === 'number') {
				draft = list[path[i + 1] as number];
				list = draft.children;
				i += 2;
			}
			if (draft === undefined) return { field: formatPath(path) };
			const rest = path.slice(i);
			if (rest[0] === 'items' && typeof rest[1] === 'number') {
				const control = formatPath(draft.itemPaths[rest[1]]);
				const inItem = rest[2];
				if (inItem === 'title' || inItem === 'id') return { field: `${control}.${inItem}` };
				if (inItem === 'guidance') return { field: `${control}.parts` };
				return { field: `${control} (option ${String(inItem)})` };
			}
			const groupField = rest[0] === 'title' || rest[0] === 'id' ? rest[0] : 'controls';
			return { field: `${formatPath(draft.jsonPath)}.${groupField}` };
		},
		notes
	);
}

/** Imports OSCAL catalog JSON text. */
export function importOscalJson(json: string, options: OscalImportOptions): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(json.startsWith('\uFEFF') ? json.slice(1) : json);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, problems: [{ message: `not valid JSON: ${reason}` }] };
	}
	return importOscalCatalog(data, options);
}
