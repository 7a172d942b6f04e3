/**
 * The one schema for a checklist file (checklists/FORMAT.md).
 *
 * Shape is checked first (strict objects: unknown keys are rejected so typos
 * are caught); the cross-field rules (duplicate ids, item applicability within
 * the checklist's applies_to) run afterwards as a superRefine. zod does not run
 * the superRefine while shape errors remain, so a file is fixed in two rounds
 * at most.
 */
import { z } from 'zod';
import { OPERATOR_CLASSES, SECTOR_CODES } from '../sectors';
import type { OperatorClass, SectorCode } from '../sectors';
import { ANSWERS, CHECKLISTS } from '../schema';
import { LEGACY_STAGES, PROCESS_STAGES, THREAT_CATEGORIES } from '../threats';

export type { Localized } from '../sectors';

export const CHECKLIST_ID_PATTERN = new RegExp(CHECKLISTS.checklist_id.pattern);
export const SECTION_ID_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
export const ITEM_ID_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
export const SEED_PATTERN = /^[0-9]{3}$/;

import { CLASSIFICATIONS } from './classification';

// the names without zod, for the pages (./classification.ts)
export { CLASSIFICATIONS, CLASSIFICATION_NAMES, LEADING_NAME, type Classification } from './classification';

/** `message` for a wrong value, 'is missing' when there is none. */
const orMissing =
	(message: string) =>
	(issue: { input?: unknown }): string =>
		issue.input === undefined ? 'is missing' : message;

/** Error for a value that should be a text: missing, or of another type. */
export const textError = (issue: { input?: unknown }): string => orMissing('must be a text')(issue);

const oneOf = (what: string, values: readonly string[]) => orMissing(`must be one of the ${what}: ${values.join(', ')}`);

const nonBlank = z.string({ error: textError }).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

export const localizedSchema = z.strictObject({ ja: nonBlank, en: nonBlank });

const localizedListSchema = z.strictObject({ ja: z.array(nonBlank), en: z.array(nonBlank) }).refine((v) => v.ja.length === v.en.length, {
	message: 'ja and en must list the same number of entries (one translation each)',
	path: ['en']
});

function uniqueList<T extends string>(element: z.ZodType<T>, what: string) {
	return z
		.array(element)
		.min(1, { message: `list at least one ${what}` })
		.refine((list) => new Set(list).size === list.length, { message: `lists a ${what} twice` });
}

export const sectorCodeSchema = z.enum(SECTOR_CODES, { error: oneOf('sector codes', SECTOR_CODES) });
export const operatorClassSchema = z.enum(OPERATOR_CLASSES, {
	error: oneOf('operator classes', OPERATOR_CLASSES)
});
export const threatSchema = z.enum(THREAT_CATEGORIES, { error: oneOf('threat categories', THREAT_CATEGORIES) });
export const stageSchema = z.preprocess(
	(v) => (typeof v === 'string' && Object.hasOwn(LEGACY_STAGES, v) ? LEGACY_STAGES[v] : v),
	z.enum(PROCESS_STAGES, { error: oneOf('stages', PROCESS_STAGES) })
);
export const classificationSchema = z.enum(CLASSIFICATIONS, {
	error: orMissing('must be consider (要検討事項), reference (参考事項) or sector (分野固有事項)')
});

const isoDate = z.iso.date({ error: orMissing('must be an ISO date (YYYY-MM-DD)') });

export const appliesToSchema = z.strictObject({
	sectors: z.union([z.literal('all'), uniqueList(sectorCodeSchema, 'sector')], {
		error: `must be "all" or a list of sector codes (${SECTOR_CODES.join(', ')})`
	}),
	operator_classes: uniqueList(operatorClassSchema, 'operator class')
});

export const applicabilitySchema = z
	.strictObject({
		sectors: uniqueList(sectorCodeSchema, 'sector').optional(),
		operator_classes: uniqueList(operatorClassSchema, 'operator class').optional()
	})
	.refine((a) => a.sectors !== undefined || a.operator_classes !== undefined, {
		message: 'give sectors or operator_classes, or leave applicability out'
	});

/**
 * Where an item's facts come from: a seed (`seed: "001"`, with the part in
 * `section`) or, for a fact from outside the seeds, the document that states
 * it (`document`). `note` says what in that place the item answers.
 */
export const sourceSchema = z
	.strictObject({
		seed: z
			.string({ error: 'must be a quoted three-digit seed number such as "001"' })
			.regex(SEED_PATTERN, { message: 'must be a three-digit seed number such as "001"' })
			.optional(),
		document: nonBlank.optional(),
		section: nonBlank.optional(),
		note: nonBlank.optional()
	})
	.refine((s) => (s.seed === undefined) !== (s.document === undefined), {
		message: 'give either seed (a seed number such as "001") or document (the name of the document outside the seeds), not both'
	});

export const checklistItemSchema = z.strictObject({
	id: z
		.string({ error: textError })
		.regex(ITEM_ID_PATTERN, { message: 'must look like GOV-01 or ELEC-03 (upper case, at least one hyphen)' })
		.max(ANSWERS.item_id.max, { message: `must be at most ${ANSWERS.item_id.max} characters` }),
	classification: classificationSchema,
	title: localizedSchema,
	guidance: localizedSchema,
	evidence_examples: localizedListSchema,
	threats: uniqueList(threatSchema, 'threat category'),
	stage: stageSchema,
	/** A leading-operator measure (先導的取組): needs applicability.operator_classes [leading]. */
	leading: z.boolean({ error: 'must be true or false' }).optional(),
	applicability: applicabilitySchema.optional(),
	source: sourceSchema.optional()
});

const sectionIdSchema = z
	.string({ error: textError })
	.regex(SECTION_ID_PATTERN, { message: 'must be an upper-case code such as GOV or ELEC-OPS' });

export const checklistSectionSchema = z.strictObject({
	id: sectionIdSchema,
	title: localizedSchema,
	get sections(): z.ZodOptional<z.ZodArray<typeof checklistSectionSchema>> {
		return z.array(checklistSectionSchema).optional();
	},
	/** May be left out when the section only groups nested sections. */
	items: z.array(checklistItemSchema).default([])
});

export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistSection = z.infer<typeof checklistSectionSchema>;
export type AppliesTo = z.infer<typeof appliesToSchema>;
export type Applicability = z.infer<typeof applicabilitySchema>;
export type ChecklistSource = z.infer<typeof sourceSchema>;
export type LocalizedList = z.infer<typeof localizedListSchema>;

type Path = (string | number)[];
type Ctx = z.core.$RefinementCtx<ChecklistShape>;

const checklistShapeSchema = z.strictObject({
	id: z
		.string({ error: textError })
		.regex(CHECKLIST_ID_PATTERN, { message: 'must be kebab-case, such as cross-sector' })
		.max(CHECKLISTS.checklist_id.max, { message: `must be at most ${CHECKLISTS.checklist_id.max} characters` }),
	version: nonBlank.refine((s) => s.length <= CHECKLISTS.version.max, { message: `must be at most ${CHECKLISTS.version.max} characters` }),
	title: localizedSchema,
	issuer: localizedSchema,
	published: isoDate,
	description: localizedSchema.optional(),
	applies_to: appliesToSchema,
	sections: z.array(checklistSectionSchema).min(1, { message: 'list at least one section' })
});
type ChecklistShape = z.infer<typeof checklistShapeSchema>;

function checkApplicability(item: ChecklistItem, itemPath: Path, appliesTo: AppliesTo, ctx: Ctx): void {
	const allowedSectors = appliesTo.sectors;
	if (allowedSectors !== 'all') {
		item.applicability?.sectors?.forEach((sector: SectorCode, k) => {
			if (!allowedSectors.includes(sector)) {
				ctx.addIssue({
					code: 'custom',
					message: `sector "${sector}" is outside the checklist's applies_to.sectors (${allowedSectors.join(', ')})`,
					path: [...itemPath, 'applicability', 'sectors', k]
				});
			}
		});
	}
	item.applicability?.operator_classes?.forEach((cls: OperatorClass, k) => {
		if (!appliesTo.operator_classes.includes(cls)) {
			ctx.addIssue({
				code: 'custom',
				message: `operator class "${cls}" is outside the checklist's applies_to.operator_classes (${appliesTo.operator_classes.join(', ')})`,
				path: [...itemPath, 'applicability', 'operator_classes', k]
			});
		}
	});
}

/** A leading-operator measure is asked of leading operators only, and says so in its applicability. */
function checkLeading(item: ChecklistItem, itemPath: Path, ctx: Ctx): void {
	if (item.leading !== true) return;
	const classes = item.applicability?.operator_classes;
	if (!classes || classes.length !== 1 || classes[0] !== 'leading') {
		ctx.addIssue({
			code: 'custom',
			message: 'a leading-operator measure (leading: true) needs applicability.operator_classes: [leading]',
			path: [...itemPath, 'leading']
		});
	}
}

const describePath = (path: Path): string =>
	path
		.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
		.join('')
		.replace(/^\./, '');

function checkStructure(checklist: ChecklistShape, ctx: Ctx): void {
	const sectionIds = new Map<string, Path>();
	const itemIds = new Map<string, Path>();

	const visit = (section: ChecklistSection, sectionPath: Path): void => {
		const firstSection = sectionIds.get(section.id);
		if (firstSection) {
			ctx.addIssue({
				code: 'custom',
				message: `duplicate section id "${section.id}" (first used at ${describePath(firstSection)})`,
				path: [...sectionPath, 'id']
			});
		} else {
			sectionIds.set(section.id, sectionPath);
		}
		section.items.forEach((item, j) => {
			const itemPath = [...sectionPath, 'items', j];
			const firstItem = itemIds.get(item.id);
			if (firstItem) {
				ctx.addIssue({
					code: 'custom',
					message: `duplicate item id "${item.id}" (first used at ${describePath(firstItem)})`,
					path: [...itemPath, 'id']
				});
			} else {
				itemIds.set(item.id, itemPath);
			}
			checkApplicability(item, itemPath, checklist.applies_to, ctx);
			checkLeading(item, itemPath, ctx);
		});
		section.sections?.forEach((child, k) => visit(child, [...sectionPath, 'sections', k]));
		if (countItems(section) === 0) {
			ctx.addIssue({
				code: 'custom',
				message: `section "${section.id}" has no items`,
				path: [...sectionPath, 'items']
			});
		}
	};
	checklist.sections.forEach((section, i) => visit(section, ['sections', i]));
}

function countItems(section: ChecklistSection): number {
	return section.items.length + (section.sections ?? []).reduce((n, s) => n + countItems(s), 0);
}

export const checklistSchema = checklistShapeSchema.superRefine(checkStructure);

export type Checklist = z.infer<typeof checklistSchema>;
