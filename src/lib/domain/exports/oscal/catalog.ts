/**
 * A mamori checklist as an OSCAL 1.1.2 catalog, and back.
 *
 * Writing: sections become groups (nested sections nested groups), items
 * controls. Titles and the `statement` part carry the text in one language,
 * so any OSCAL tool shows a readable catalog. Everything a checklist holds is
 * also kept exactly, in mamori-namespaced parts (free text, both languages)
 * and props (codes: classification, threat, stage, sectors, operator
 * classes, source seed); catalog-level texts (title, issuer, description)
 * are back-matter resources. A metadata prop `checklist-format` marks the file.
 *
 * Reading (`readMamoriCatalog`, called by the OSCAL importer when it sees the
 * mark): rebuilds the checklist from those parts and props only, validated by
 * the one checklist schema — so export → import gives the same checklist.
 */
import { z } from 'zod';
import type { Checklist, ChecklistItem, ChecklistSection, Localized } from '../../checklists/schema';
import { finishImport } from '../../checklists/import/finish';
import type { ImportResult } from '../../checklists/import/problems';
import {
	MAMORI_NS,
	OSCAL_VERSION,
	mamoriProps,
	oscalDayStart,
	part,
	prop,
	singleLine,
	type OscalPart,
	type OscalProp,
	type UuidFor
} from './common';

export const CATALOG_FORMAT = '1';
const LANGS = ['ja', 'en'] as const;
type Lang = (typeof LANGS)[number];

const localizedParts = (name: string, text: Localized): OscalPart[] => LANGS.map((lang) => part(name, text[lang], lang));

function itemControl(item: ChecklistItem, lang: Lang) {
	const props: OscalProp[] = [
		prop('classification', item.classification),
		...item.threats.map((t) => prop('threat', t)),
		prop('stage', item.stage),
		...(item.applicability?.sectors ?? []).map((s) => prop('sector', s)),
		...(item.applicability?.operator_classes ?? []).map((c) => prop('operator-class', c)),
		...(item.source ? [prop('source-seed', item.source.seed)] : [])
	];
	const parts: OscalPart[] = [
		{ name: 'statement', id: `${item.id}_smt`, prose: item.guidance[lang] },
		...localizedParts('item-title', item.title),
		...localizedParts('item-guidance', item.guidance),
		...LANGS.flatMap((l) => item.evidence_examples[l].map((text) => part('evidence-example', text, l))),
		...(item.source?.section !== undefined ? [part('source-section', item.source.section)] : [])
	];
	return { id: item.id, class: item.classification, title: singleLine(item.title[lang]), props, parts };
}

interface OscalGroup {
	id: string;
	title: string;
	parts: OscalPart[];
	controls?: ReturnType<typeof itemControl>[];
	groups?: OscalGroup[];
}

function sectionGroup(section: ChecklistSection, lang: Lang): OscalGroup {
	return {
		id: section.id,
		title: singleLine(section.title[lang]),
		parts: localizedParts('section-title', section.title),
		...(section.items.length ? { controls: section.items.map((item) => itemControl(item, lang)) } : {}),
		...(section.sections?.length ? { groups: section.sections.map((s) => sectionGroup(s, lang)) } : {})
	};
}

/** The checklist as an OSCAL catalog document (`{ catalog: … }`), its display texts in `lang`. */
export function checklistToCatalog(checklist: Checklist, lang: Lang, uuid: UuidFor) {
	const name = `checklist:${checklist.id}:${checklist.version}`;
	const texts: [string, Localized][] = [
		['title', checklist.title],
		['issuer', checklist.issuer],
		...(checklist.description ? [['description', checklist.description] as [string, Localized]] : [])
	];
	const { sectors, operator_classes } = checklist.applies_to;
	return {
		catalog: {
			uuid: uuid(name),
			metadata: {
				title: singleLine(checklist.title[lang]),
				published: oscalDayStart(checklist.published),
				'last-modified': oscalDayStart(checklist.published),
				version: checklist.version,
				'oscal-version': OSCAL_VERSION,
				props: [
					prop('checklist-format', CATALOG_FORMAT),
					prop('checklist-id', checklist.id),
					prop('published', checklist.published),
					...(sectors === 'all' ? [prop('sectors', 'all')] : sectors.map((s) => prop('sector', s))),
					...operator_classes.map((c) => prop('operator-class', c))
				],
				parties: [{ uuid: uuid(`${name}:issuer`), type: 'organization', name: singleLine(checklist.issuer[lang]) }]
			},
			groups: checklist.sections.map((s) => sectionGroup(s, lang)),
			'back-matter': {
				resources: texts.flatMap(([field, text]) =>
					LANGS.map((l) => ({
						uuid: uuid(`${name}:${field}:${l}`),
						title: `${field} (${l})`,
						description: text[l],
						props: [prop('text', field, l)]
					}))
				)
			}
		}
	};
}

// ── reading back ────────────────────────────────────────────────────────────

const propSchema = z.looseObject({ name: z.string(), value: z.string(), ns: z.string().optional(), class: z.string().optional() });
const partSchema = z.looseObject({
	name: z.string(),
	ns: z.string().optional(),
	class: z.string().optional(),
	prose: z.string().optional()
});
const controlSchema = z.looseObject({ id: z.string(), props: z.array(propSchema).optional(), parts: z.array(partSchema).optional() });
interface GroupInput {
	id: string;
	parts?: z.infer<typeof partSchema>[];
	controls?: z.infer<typeof controlSchema>[];
	groups?: GroupInput[];
}
const groupSchema: z.ZodType<GroupInput> = z.looseObject({
	id: z.string(),
	parts: z.array(partSchema).optional(),
	controls: z.array(controlSchema).optional(),
	get groups() {
		return z.array(groupSchema).optional();
	}
});
const catalogSchema = z.looseObject({
	catalog: z.looseObject({
		metadata: z.looseObject({ version: z.string(), props: z.array(propSchema).optional() }),
		groups: z.array(groupSchema).optional(),
		'back-matter': z
			.looseObject({
				resources: z.array(z.looseObject({ description: z.string().optional(), props: z.array(propSchema).optional() })).optional()
			})
			.optional()
	})
});

type Props = z.infer<typeof propSchema>[] | undefined;
type Parts = z.infer<typeof partSchema>[] | undefined;

/** Whether a parsed JSON document is a catalog written by `checklistToCatalog`. */
export function isMamoriCatalog(data: unknown): boolean {
	const parsed = catalogSchema.safeParse(data);
	return parsed.success && mamoriProps(parsed.data.catalog.metadata.props, 'checklist-format').length > 0;
}

const values = (props: Props, name: string): string[] => mamoriProps(props, name).map((p) => p.value);
const texts = (parts: Parts, name: string, lang?: Lang): string[] =>
	(parts ?? []).filter((p) => p.ns === MAMORI_NS && p.name === name && (lang === undefined || p.class === lang)).map((p) => p.prose ?? '');
const localized = (parts: Parts, name: string) => ({ ja: texts(parts, name, 'ja')[0], en: texts(parts, name, 'en')[0] });

function readItem(control: z.infer<typeof controlSchema>): unknown {
	const { props, parts } = control;
	const sectors = values(props, 'sector');
	const classes = values(props, 'operator-class');
	const seed = values(props, 'source-seed')[0];
	const section = texts(parts, 'source-section')[0];
	return {
		id: control.id,
		classification: values(props, 'classification')[0],
		title: localized(parts, 'item-title'),
		guidance: localized(parts, 'item-guidance'),
		evidence_examples: { ja: texts(parts, 'evidence-example', 'ja'), en: texts(parts, 'evidence-example', 'en') },
		threats: values(props, 'threat'),
		stage: values(props, 'stage')[0],
		...(sectors.length || classes.length
			? { applicability: { ...(sectors.length ? { sectors } : {}), ...(classes.length ? { operator_classes: classes } : {}) } }
			: {}),
		...(seed !== undefined ? { source: { seed, ...(section !== undefined ? { section } : {}) } } : {})
	};
}

function readSection(group: GroupInput): unknown {
	return {
		id: group.id,
		title: localized(group.parts, 'section-title'),
		items: (group.controls ?? []).map(readItem),
		...(group.groups?.length ? { sections: group.groups.map(readSection) } : {})
	};
}

/** The checklist a mamori catalog holds, validated by the checklist schema (problems name the checklist field). */
export function readMamoriCatalog(data: unknown): ImportResult {
	const parsed = catalogSchema.safeParse(data);
	if (!parsed.success) return { ok: false, problems: [{ message: 'not an OSCAL catalog written by mamori' }] };
	const { metadata, groups, 'back-matter': backMatter } = parsed.data.catalog;
	const resource = (field: string, lang: Lang) =>
		backMatter?.resources?.find((r) => mamoriProps(r.props, 'text').some((p) => p.value === field && p.class === lang))?.description;
	const text = (field: string) => ({ ja: resource(field, 'ja'), en: resource(field, 'en') });
	const description = text('description');
	const sectors = values(metadata.props, 'sector');
	const candidate = {
		id: values(metadata.props, 'checklist-id')[0],
		version: metadata.version,
		title: text('title'),
		issuer: text('issuer'),
		published: values(metadata.props, 'published')[0],
		...(description.ja !== undefined || description.en !== undefined ? { description } : {}),
		applies_to: {
			sectors: values(metadata.props, 'sectors')[0] === 'all' ? 'all' : sectors,
			operator_classes: values(metadata.props, 'operator-class')
		},
		sections: (groups ?? []).map(readSection)
	};
	return finishImport(candidate, (path) => ({ field: `checklist ${path.join('.')}` }));
}
