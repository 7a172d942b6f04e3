import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { explainRejection, isPocketBaseError, rejectionErrors, type Rejection } from './rejections';

export type FormErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type Parsed<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FormErrors; values: FormValues };

/**
 * Reads a form into a plain object (fields listed in `arrays` keep every
 * value) and validates it with a zod schema. On failure the first message of
 * each field comes back, keyed by field name, with the values as typed so the
 * form can show them again: nothing the person entered is lost.
 */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData, arrays: readonly string[] = []): Parsed<z.output<S>> {
	const values: FormValues = {};
	for (const key of new Set(form.keys())) {
		if (arrays.includes(key)) values[key] = form.getAll(key).map(String);
		else values[key] = String(form.get(key) ?? '');
	}
	for (const key of arrays) values[key] ??= [];
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data, values };
	const errors: FormErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.map(String).join('.') || '_form';
		errors[field] ??= issue.message;
	}
	return { ok: false, errors, values };
}

/** A 400 answer that keeps what was typed and says what is wrong where. */
export function invalid(errors: FormErrors, values: FormValues, form?: string) {
	return fail(400, { errors, values, form });
}

/**
 * The answer to a form whose save PocketBase refused: the truthful message
 * by each field and at the top (rejections.ts), with the values as typed.
 * Anything that is not a PocketBase answer is rethrown (handleError logs it).
 */
export function rejected(
	error: unknown,
	m: Messages,
	values: FormValues,
	form?: string,
	/** Lets an action say it more precisely where it knows more (e.g. "only admins"). */
	refine?: (rejection: Rejection, errors: FormErrors) => void
) {
	if (!isPocketBaseError(error)) throw error;
	const rejection = explainRejection(error, m);
	const errors = rejectionErrors(rejection);
	refine?.(rejection, errors);
	return fail(rejection.status, { errors, values, form });
}
