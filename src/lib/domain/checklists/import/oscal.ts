/**
 * OSCAL catalog (JSON) → checklist. Groups become sections (nested groups
 * nested sections); controls and their enhancements (nested controls) become
 * items, an enhancement right after its parent. Withdrawn controls (prop
 * status = withdrawn) are skipped. OSCAL prose is in one language: the other
 * language gets the same text prefixed with `[未翻訳] ` / `[untranslated] ` so
 * that the missing translation shows. A catalog exported by mamori is read
 * back exactly, options ignored (exports/oscal/catalog.ts). Pure.
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

const controlSchema = z.looseObject({
	id: text.min(1, { message: 'must not be empty' }),
	title: text,
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

/** Statement prose, its nested items as a Markdown list (with their labels, e.g. `a.`). */
function partText(part: OscalPart, depth: number): string[] {
	const lines: string[] = [];
	const prose = part.prose?.trim() ?? '';
	if (depth === 0) {
		if (prose !== '') lines.push(prose);
	} else {
		const label = propValue(part.props, 'label');
		const body = [label, prose].filter((s) => s !== undefined && s !== '').join(' ');
		if (body !== '') lines.push(`${'  '.repeat(depth - 1)}- ${body}`);
	}
	for (const child of part.parts ?? []) lines.push(...partText(child, depth + 1));
	return lines;
}

function controlText(control: OscalControl): string {
	const chunks: string[] = [];
	for (const name of ['statement', 'guidance']) {
		for (const part of control.parts ?? []) {
			if (part.name !== name) continue;
			const lines = partText(part, 0);
			if (lines.length > 0) chunks.push(lines.join('\n'));
		}
	}
	return chunks.join('\n\n');
}

function localize(value: string, lang: 'ja' | 'en'): Localized {
	const other = lang === 'ja' ? 'en' : 'ja';
	const out = { ja: '', en: '' };
	out[lang] = value;
	out[other] = value.trim() === '' ? '' : `${UNTRANSLATED_PREFIX[other]}${value}`;
	return out;
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

	const controlItems = (control: OscalControl, path: IssuePath, enhancement: boolean, draft: SectionDraft): void => {
		if (propValue(control.props, 'status') === 'withdrawn') return;
		const field = formatPath(path);
		const itemId = oscalIdToItemId(control.id);
		const owner = itemOwners.get(itemId);
		if (owner !== undefined) {
			problems.push({ field: `${field}.id`, message: `control ${control.id} becomes item id ${itemId}, which ${owner} already has` });
		} else {
			itemOwners.set(itemId, `control ${control.id} (${field})`);
		}
		const prose = controlText(control);
		if (prose === '') problems.push({ field: `${field}.parts`, message: `control ${control.id} has no statement or guidance prose` });
		const classification =
			options.classification === 'all-reference' || (options.classification === 'enhancements-reference' && enhancement)
				? 'reference'
				: 'consider';
		draft.candidate.items.push({
			id: itemId,
			classification,
			title: localize(control.title, options.lang),
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

	return finishImport(candidate, (path) => {
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
	});
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
