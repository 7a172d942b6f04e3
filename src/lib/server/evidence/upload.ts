/**
 * The upload form action (new evidence, or a new revision of it): reads the
 * typed fields from the streamed request, validates them with zod, then
 * streams the file on to PocketBase, which checks the content, computes the
 * SHA-256 and stores everything in one transaction. Every failure comes back
 * as a form failure that says what is wrong, with what was typed.
 */
import { fail, redirect } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { env } from '$env/dynamic/private';
import { formatBytes, maxUploadBytes } from '$lib/domain/evidence/facts';
import { detailsSchema, revisionSchema } from '$lib/domain/evidence/schema';
import type { Lang, Messages } from '$lib/i18n';
import { parseForm, type FormErrors } from '$lib/server/forms';
import { forwardUpload, TooLargeError, type ForwardResult } from './forward';
import { boundaryOf, MultipartError, readUpload, type UploadedFile } from './multipart';

/** The configured upload limit in bytes (MAMORI_EVIDENCE_MAX_MB; PocketBase reads the same setting). */
export function uploadLimit(): number {
	return maxUploadBytes(env.MAMORI_EVIDENCE_MAX_MB);
}

const FORM = 'upload';

function toFormData(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.append(k, v);
	return form;
}

/** PocketBase's refusal as messages per field. */
export function uploadErrors(result: Extract<ForwardResult, { ok: false }>, m: Messages, lang: Lang): FormErrors {
	const limit = formatBytes(uploadLimit(), lang);
	if (result.status === 413) return { file: m.evidence.refusals.too_large(limit) };
	if (result.status === 403) return { _form: m.evidence.refusals.forbidden };
	if (result.status === 404) return { _form: m.evidence.refusals.notFound };
	const errors: FormErrors = {};
	const refusals = m.evidence.refusals;
	for (const [field, detail] of Object.entries(result.data)) {
		const code = detail.code ?? '';
		if (field === 'file' && code === 'too_large') errors.file = refusals.too_large(limit);
		else if (field === 'file' && code in refusals)
			errors.file = refusals[code as 'empty' | 'executable' | 'script' | 'markup' | 'ole_name' | 'unknown'];
		else if (field === 'file') errors.file = refusals.unknown;
		else if (field === 'effective_from') errors.effective_from = refusals.periodRequired;
		else if (field === 'effective_to') errors.effective_to = refusals.periodOrder;
		else errors[field] = detail.message ?? m.errors.unknown;
	}
	return Object.keys(errors).length ? errors : { _form: m.evidence.upload.failed };
}

async function discard(file: UploadedFile | null) {
	await file?.stream.cancel().catch(() => undefined);
}

export async function handleUpload(options: { request: Request; pb: PocketBase; orgId: string; m: Messages; lang: Lang }) {
	const { request, pb, orgId, m, lang } = options;
	const limit = uploadLimit();
	const boundary = boundaryOf(request.headers.get('content-type'));
	if (!boundary || !request.body) return fail(400, { form: FORM, errors: { _form: m.evidence.refusals.malformed }, values: {} });
	let fields: Record<string, string>;
	let file: UploadedFile | null;
	try {
		({ fields, file } = await readUpload(request.body, boundary));
	} catch (error) {
		if (error instanceof MultipartError) {
			const message = error.code === 'malformed' ? m.evidence.refusals.malformed : m.evidence.refusals.field_too_large;
			return fail(400, { form: FORM, errors: { _form: message }, values: {} });
		}
		// the body passed the web server's limit before the fields were read
		return fail(413, { form: FORM, errors: { file: m.evidence.refusals.too_large(formatBytes(limit, lang)) }, values: {} });
	}
	const revision = Boolean(fields.evidence);
	const parsed = revision ? parseForm(revisionSchema(m), toFormData(fields)) : parseForm(detailsSchema(m), toFormData(fields));
	const values = parsed.values;
	if (!parsed.ok || !file) {
		await discard(file);
		const errors = parsed.ok ? {} : parsed.errors;
		if (!file) errors.file = m.evidence.upload.chooseFile;
		return fail(400, { form: FORM, errors, values });
	}
	const data = parsed.data as Record<string, string | number | null>;
	const send: Record<string, string> = { organisation: orgId };
	for (const [k, v] of Object.entries(data)) send[k] = v === null ? '' : String(v);
	let result: ForwardResult;
	try {
		result = await forwardUpload(pb, send, file, limit);
	} catch (error) {
		await discard(file);
		if (error instanceof TooLargeError) {
			return fail(413, { form: FORM, errors: { file: m.evidence.refusals.too_large(formatBytes(limit, lang)) }, values });
		}
		console.error('[evidence] upload failed', error);
		return fail(400, { form: FORM, errors: { _form: m.evidence.upload.failed }, values });
	}
	if (!result.ok) return fail(result.status === 413 ? 413 : 400, { form: FORM, errors: uploadErrors(result, m, lang), values });
	redirect(303, `/orgs/${orgId}/evidence/${result.value.evidence}?uploaded=${result.value.number}`);
}
