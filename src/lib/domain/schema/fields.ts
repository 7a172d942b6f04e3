/**
 * The facts of a PocketBase field the app relies on (enums, lengths,
 * patterns, bounds), written once here and used by the zod schemas, the UI
 * (maxlength, min/max) and the domain code. Migrations restate them (they are
 * frozen history); tests/integration/live-schema.test.ts compares every fact
 * with the live collections, so a mismatch fails a test.
 */
export interface TextFact {
	type: 'text';
	/** Characters (code points); PocketBase's own default when a migration gives 0 is 5,000. */
	max: number;
	min: number;
	/** PocketBase regex source, '' for none. */
	pattern: string;
	required: boolean;
}
export interface SelectFact<V extends string = string> {
	type: 'select';
	values: readonly V[];
	maxSelect: number;
	required: boolean;
}
export interface NumberFact {
	type: 'number';
	min: number | null;
	max: number | null;
	onlyInt: boolean;
	required: boolean;
}
export interface JsonFact {
	type: 'json';
	/** Bytes of the JSON text. */
	maxSize: number;
	required: boolean;
}
export interface FileFact {
	type: 'file';
	/** Bytes per file. */
	maxSize: number;
	maxSelect: number;
	mimeTypes: readonly string[];
}
export interface RelationFact {
	type: 'relation';
	maxSelect: number;
	minSelect: number;
	required: boolean;
}
export type FieldFact = TextFact | SelectFact | NumberFact | JsonFact | FileFact | RelationFact;
/** Field name → facts; system fields (id, created, updated), bools, dates, e-mails and passwords are left out. */
export type CollectionFacts = Record<string, FieldFact>;

interface Options {
	required?: boolean;
}

export const text = (max: number, options: Options & { min?: number; pattern?: string } = {}): TextFact => ({
	type: 'text',
	max,
	min: options.min ?? 0,
	pattern: options.pattern ?? '',
	required: options.required ?? false
});

export const select = <const V extends string>(values: readonly V[], options: Options & { maxSelect?: number } = {}): SelectFact<V> => ({
	type: 'select',
	values,
	maxSelect: options.maxSelect ?? 1,
	required: options.required ?? false
});

export const number = (min: number | null, max: number | null, options: Options & { onlyInt?: boolean } = {}): NumberFact => ({
	type: 'number',
	min,
	max,
	onlyInt: options.onlyInt ?? false,
	required: options.required ?? false
});

export const json = (maxSize: number, options: Options = {}): JsonFact => ({ type: 'json', maxSize, required: options.required ?? false });

export const file = (maxSize: number, mimeTypes: readonly string[], maxSelect = 1): FileFact => ({
	type: 'file',
	maxSize,
	maxSelect,
	mimeTypes
});

export const relation = (maxSelect: number, options: Options & { minSelect?: number } = {}): RelationFact => ({
	type: 'relation',
	maxSelect,
	minSelect: options.minSelect ?? 0,
	required: options.required ?? false
});

/** Lengths of an ID PocketBase makes (15 lower-case letters and digits). */
export const RECORD_ID_PATTERN = /^[a-z0-9]{15}$/;
