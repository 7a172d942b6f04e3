/**
 * The upload form action (new evidence, or a new revision of it): reads the
 * typed fields from the streamed request, validates them with zod, then
 * streams the file on to PocketBase, which checks the content, computes the
 * SHA-256 and stores everything in one transaction. Every failure comes back
 * as a form failure that says what is wrong, with what was typed.
 */
import { fail, redirect } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { formatBytes, maxUploadBytes } from '$lib/domain/evidence/facts';
import { detailsSchema, revisionSchema } from '$lib/domain/evidence/schema';
import type { Lang, Messages } from '$lib/i18n';
import { parseForm, type FormErrors } from '$lib/server/forms';
import { fieldMessage } from '$lib/server/rejections';
import { forwardUpload, TooLargeError, type ForwardResult, type StoredRevision } from './forward';
import { boundaryOf, MultipartError, readUpload, type UploadedFile } from './multipart';

/**
 * The configured upload limit in bytes (MAMORI_EVIDENCE_MAX_MB; PocketBase reads the same setting).
 * Read from process.env (what $env/dynamic/private is under adapter-node), so that the report CLI,
 * which runs this code under tsx, can load it too.
 */
export function uploadLimit(): number {
	return maxUploadBytes(process.env.MAMORI_EVIDENCE_MAX_MB);
}

const FORM = 'upload';

function toFormData(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.append(k, v);
	return form;
}

const paramsOf = (detail: object): Record<string, unknown> =>
	'params' in detail && detail.params && typeof detail.params === 'object' ? (detail.params as Record<string, unknown>) : {};

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
		else errors[field] = fieldMessage(field, { code, message: detail.message ?? '', params: paramsOf(detail) }, m);
	}
	return Object.keys(errors).length ? errors : { _form: m.evidence.upload.failed };
}

async function discard(file: UploadedFile | null) {
	await file?.stream.cancel().catch(() => undefined);
}

/** Optional fields that link the new evidence at once (checked again by PocketBase). */
const LINK_FIELDS = {
	link_type: /^[a-z][a-z0-9_]{0,49}$/,
	link_id: /^[a-z0-9]{15}$/,
	link_part: /^[^\r\n]{0,200}$/
} as const;

export type UploadOutcome =
	| { ok: true; stored: StoredRevision; values: Record<string, string | string[]> }
	| { ok: false; status: number; errors: FormErrors; values: Record<string, string | string[]> };

/** Reads, checks and forwards one upload; never throws for bad input or a failed upload. */
export async function performUpload(options: {
	request: Request;
	pb: PocketBase;
	orgId: string;
	m: Messages;
	lang: Lang;
}): Promise<UploadOutcome> {
	const { request, pb, orgId, m, lang } = options;
	const limit = uploadLimit();
	const tooLarge = () => m.evidence.refusals.too_large(formatBytes(limit, lang));
	const boundary = boundaryOf(request.headers.get('content-type'));
	if (!boundary || !request.body) return { ok: false, status: 400, errors: { _form: m.evidence.refusals.malformed }, values: {} };
	let fields: Record<string, string>;
	let file: UploadedFile | null;
	try {
		({ fields, file } = await readUpload(request.body, boundary));
	} catch (error) {
		if (error instanceof MultipartError) {
			const message = error.code === 'malformed' ? m.evidence.refusals.malformed : m.evidence.refusals.field_too_large;
			return { ok: false, status: 400, errors: { _form: message }, values: {} };
		}
		// the body passed the web server's limit before the fields were read
		return { ok: false, status: 413, errors: { file: tooLarge() }, values: {} };
	}
	const revision = Boolean(fields.evidence);
	const parsed = revision ? parseForm(revisionSchema(m), toFormData(fields)) : parseForm(detailsSchema(m), toFormData(fields));
	const values = parsed.values;
	const link: Record<string, string> = {};
	for (const [name, pattern] of Object.entries(LINK_FIELDS)) {
		const value = (fields[name] ?? '').trim();
		if (value && pattern.test(value)) link[name] = value;
		if (value) values[name] = value;
	}
	if (!parsed.ok || !file) {
		await discard(file);
		const errors = parsed.ok ? {} : parsed.errors;
		if (!file) errors.file = m.evidence.upload.chooseFile;
		return { ok: false, status: 400, errors, values };
	}
	const send: Record<string, string> = { organisation: orgId, ...link };
	for (const [k, v] of Object.entries(parsed.data as Record<string, string | number | null>)) send[k] = v === null ? '' : String(v);
	let result: ForwardResult;
	try {
		result = await forwardUpload(pb, send, file, limit);
	} catch (error) {
		await discard(file);
		if (error instanceof TooLargeError) return { ok: false, status: 413, errors: { file: tooLarge() }, values };
		console.error('[evidence] upload failed', error);
		return { ok: false, status: 400, errors: { _form: m.evidence.upload.failed }, values };
	}
	if (!result.ok) return { ok: false, status: result.status === 413 ? 413 : 400, errors: uploadErrors(result, m, lang), values };
	return { ok: true, stored: result.value, values };
}

/** A same-organisation path to go back to after a form post, or null. */
export function backTo(orgId: string, value: string | null | undefined): string | null {
	const back = String(value ?? '');
	return back.startsWith(`/orgs/${orgId}/`) && !back.includes('//') && !/[\r\n\\]/.test(back) ? back : null;
}

/** The upload form action: a failure keeps what was typed; success goes to the evidence (or back to where it was linked). */
export async function handleUpload(options: { request: Request; pb: PocketBase; orgId: string; m: Messages; lang: Lang }) {
	const outcome = await performUpload(options);
	if (!outcome.ok) return fail(outcome.status, { form: FORM, errors: outcome.errors, values: outcome.values });
	const { evidence, number, link } = outcome.stored;
	const back = link ? backTo(options.orgId, String(outcome.values.back ?? '')) : null;
	if (back) redirect(303, back);
	redirect(303, `/orgs/${options.orgId}/evidence/${evidence}?uploaded=${number}`);
}
