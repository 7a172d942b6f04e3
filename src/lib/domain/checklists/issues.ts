/**
 * Readable checklist problems: a zod error becomes a list of
 * `{ file, sectionId?, itemId?, field, message }`, with the item (or section)
 * resolved from the zod path by looking the path up in the validated input.
 * Pure: no I/O.
 */
import type { z } from 'zod';

export interface ChecklistIssue {
	/** The file as the user knows it, e.g. `checklists/cross-sector.yaml`. */
	file: string;
	/** The innermost section on the path, when the problem is inside one and no item is. */
	sectionId?: string;
	/** The item the problem is in, when the path goes through an item with an id. */
	itemId?: string;
	/** Path relative to the item/section (or the file), e.g. `title.en`, `evidence_examples.ja[2]`; '' for the whole thing. */
	field: string;
	message: string;
}

type Segment = PropertyKey;

/** `['title', 'en']` → `title.en`; `['threats', 1]` → `threats[1]`. */
export function formatPath(path: readonly Segment[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out === '' ? String(segment) : `.${String(segment)}`;
	}
	return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(value: unknown, segment: Segment): unknown {
	if (Array.isArray(value) && typeof segment === 'number') return value[segment];
	if (isRecord(value) && typeof segment === 'string') return value[segment];
	return undefined;
}

/** The value found by following `path` in `input` (undefined when the path leads nowhere). */
export function valueAt(input: unknown, path: readonly Segment[]): unknown {
	return path.reduce<unknown>((value, segment) => child(value, segment), input);
}

function idOf(value: unknown): string | undefined {
	if (!isRecord(value)) return undefined;
	const id = value.id;
	return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

interface Located {
	sectionId?: string;
	itemId?: string;
	field: string;
}

/**
 * Finds the innermost item (else section) with a usable id on `path` in
 * `input`; the field is the rest of the path.
 */
export function locate(input: unknown, path: readonly Segment[]): Located {
	let value = input;
	let sectionId: string | undefined;
	let itemId: string | undefined;
	let fieldStart = 0;
	for (let i = 0; i < path.length; i++) {
		const segment = path[i];
		const next = child(value, segment);
		const parentKey = i > 0 ? path[i - 1] : undefined;
		if (typeof segment === 'number' && (parentKey === 'items' || parentKey === 'sections')) {
			const id = idOf(next);
			if (id !== undefined) {
				if (parentKey === 'items') {
					itemId = id;
				} else {
					sectionId = id;
					itemId = undefined;
				}
				fieldStart = i + 1;
			}
		}
		value = next;
	}
	const field = formatPath(path.slice(fieldStart));
	return itemId !== undefined ? { itemId, field } : sectionId !== undefined ? { sectionId, field } : { field };
}

const UNKNOWN_KEY = 'unknown key (a typo? the allowed keys are listed in checklists/FORMAT.md)';

export type ZodIssue = z.core.$ZodIssue;

const isRootMismatch = (issue: ZodIssue): boolean =>
	issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');

/**
 * A union ("all" or a list) reports one vague issue when the list has a bad
 * entry. When exactly one alternative matched the value's type, its own,
 * more precise issues are the ones worth showing.
 */
export function expandUnion(issue: ZodIssue): ZodIssue[] {
	if (issue.code !== 'invalid_union') return [issue];
	const matching = issue.errors.filter((branch) => !branch.some(isRootMismatch));
	if (matching.length !== 1) return [issue];
	return matching[0].flatMap((inner) => expandUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** Turns a zod error for `input` (the parsed YAML/JSON that was validated) into readable issues. */
export function issuesFromZodError(file: string, error: z.ZodError, input: unknown): ChecklistIssue[] {
	return error.issues.flatMap(expandUnion).flatMap((issue): ChecklistIssue[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({ file, ...locate(input, [...issue.path, key]), message: UNKNOWN_KEY }));
		}
		return [{ file, ...locate(input, issue.path), message: issue.message }];
	});
}

/** `checklists/foo.yaml: item GOV-03: field title.en: must not be empty` */
export function formatIssue(issue: ChecklistIssue): string {
	const parts = [issue.file];
	if (issue.itemId !== undefined) parts.push(`item ${issue.itemId}`);
	else if (issue.sectionId !== undefined) parts.push(`section ${issue.sectionId}`);
	if (issue.field !== '') parts.push(`field ${issue.field}`);
	parts.push(issue.message);
	return parts.join(': ');
}
