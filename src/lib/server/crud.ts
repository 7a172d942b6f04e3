import type PocketBase from 'pocketbase';
import type { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { invalid, parseForm, rejected } from './forms';

/**
 * The create / update / delete form actions of an organisation-scoped
 * collection: validate with zod, save with the user's own token, and return
 * field errors (from zod, or from PocketBase through rejections.ts) with the
 * values as typed.
 */
export async function saveFromForm<S extends z.ZodType>(options: {
	pb: PocketBase;
	collection: string;
	schema: S;
	form: FormData;
	m: Messages;
	formName: string;
	organisation: string;
	arrays?: readonly string[];
}) {
	const { pb, collection, schema, form, m, formName, organisation, arrays } = options;
	const parsed = parseForm(schema, form, arrays);
	if (!parsed.ok) return invalid(parsed.errors, parsed.values, formName);
	const id = String(form.get('id') ?? '');
	try {
		if (id) await pb.collection(collection).update(id, parsed.data as Record<string, unknown>);
		else await pb.collection(collection).create({ ...(parsed.data as Record<string, unknown>), organisation });
	} catch (error) {
		return rejected(error, m, parsed.values, formName);
	}
	return { saved: formName };
}

export async function deleteFromForm(pb: PocketBase, collection: string, form: FormData, m: Messages, formName: string) {
	const id = String(form.get('id') ?? '');
	try {
		await pb.collection(collection).delete(id);
	} catch (error) {
		return rejected(error, m, {}, formName);
	}
	return { saved: formName };
}
