/**
 * The one mapping from a PocketBase rejection to what a person is told:
 * which field, which limit, and what to do (ja/en, messages/rejections.ts).
 * Every form action uses it through `rejected()` (forms.ts) or
 * `explainRejection()`. A size limit is reported as a size limit, a
 * validation failure by field, and only a 403 as a missing role.
 */
import { ClientResponseError } from 'pocketbase';
import type { Messages } from '$lib/i18n';

export interface Rejection {
	/** HTTP status the form action answers with. */
	status: number;
	/** Message per PocketBase field name, for the fields it named. */
	fields: Record<string, string>;
	/** One sentence for the top of the form: what happened and what to do. */
	summary: string;
}

interface FieldDetail {
	code: string;
	message: string;
	params: Record<string, unknown>;
}

/** True for an answer (or no answer) from PocketBase through the SDK. */
export function isPocketBaseError(error: unknown): error is ClientResponseError {
	return error instanceof ClientResponseError;
}

function details(error: ClientResponseError): Record<string, FieldDetail> {
	const data: unknown = error.response?.data;
	const out: Record<string, FieldDetail> = {};
	if (!data || typeof data !== 'object') return out;
	for (const [field, raw] of Object.entries(data as Record<string, unknown>)) {
		if (!raw || typeof raw !== 'object') continue;
		const { code, message, params } = raw as { code?: unknown; message?: unknown; params?: unknown };
		if (typeof code !== 'string' && typeof message !== 'string') continue;
		out[field] = {
			code: typeof code === 'string' ? code : '',
			message: typeof message === 'string' ? message : '',
			params: params && typeof params === 'object' ? (params as Record<string, unknown>) : {}
		};
	}
	return out;
}

function num(value: unknown, m: Messages): string {
	return typeof value === 'number' ? value.toLocaleString(m.rejections.locale) : String(value ?? '?');
}

/** "2 MB (2,000,000 bytes)" from a byte count. */
export function formatSize(bytes: unknown, m: Messages): string {
	if (typeof bytes !== 'number') return String(bytes ?? '?');
	const mb = Math.round((bytes / 1_000_000) * 10) / 10;
	return m.rejections.size(bytes.toLocaleString(m.rejections.locale), mb.toLocaleString(m.rejections.locale));
}

/** The message for one field error, from its code and params. */
export function fieldMessage(field: string, detail: FieldDetail, m: Messages): string {
	const r = m.rejections;
	const label = r.fields[field] ?? field;
	const p = detail.params;
	switch (detail.code) {
		case 'validation_required':
		case 'validation_nil_or_not_empty_required':
		case 'validation_length_empty_required':
		case 'required':
			return r.required(label);
		case 'validation_max_text_constraint':
		case 'validation_length_too_long':
			return r.tooLong(label, num(p.max, m));
		case 'validation_min_text_constraint':
		case 'validation_length_too_short':
			return r.tooShort(label, num(p.min, m));
		case 'validation_length_out_of_range':
			return r.lengthRange(label, num(p.min, m), num(p.max, m));
		case 'validation_max_number_constraint':
		case 'validation_max_less_equal_than_required':
		case 'validation_max_less_than_required':
			return r.numberMax(label, num(p.max ?? p.threshold, m));
		case 'validation_min_number_constraint':
		case 'validation_min_greater_equal_than_required':
		case 'validation_min_greater_than_required':
			return r.numberMin(label, num(p.min ?? p.threshold, m));
		case 'validation_only_int_constraint':
			return r.wholeNumber(label);
		case 'validation_not_a_number':
			return r.notNumber(label);
		case 'validation_invalid_value':
		case 'validation_in_invalid':
			return r.choice(label);
		case 'validation_too_many_values':
			return r.tooMany(label, num(p.maxSelect ?? p.max, m));
		case 'validation_not_enough_values':
			return r.tooFew(label, num(p.minSelect ?? p.min, m));
		case 'validation_invalid_format':
		case 'validation_match_invalid':
			return r.format(label);
		case 'validation_json_size_limit':
		case 'validation_content_size_limit':
			return r.jsonTooLarge(label, formatSize(p.maxSize, m));
		case 'validation_file_size_limit':
			return r.fileTooLarge(label, formatSize(p.maxSize, m));
		case 'validation_invalid_mime_type':
			return r.fileType(label, typeof p.types === 'string' ? p.types : Array.isArray(p.types) ? p.types.join(', ') : '');
		case 'validation_too_many_files':
			return r.tooManyFiles(label);
		case 'validation_not_unique':
		case 'duplicate':
			return r.notUnique(label);
		case 'validation_missing_rel_records':
			return r.missingRecord(label);
		case 'validation_date_invalid':
		case 'validation_date_out_of_range':
			return r.date(label);
		case 'validation_is_email':
		case 'invalid_email':
			return r.email(label);
		default:
			return r.other(label, detail.message || detail.code);
	}
}

const CREATE_RULE_REFUSED = 'Failed to create record.';

/** Explains a PocketBase rejection to a person. */
export function explainRejection(error: ClientResponseError, m: Messages): Rejection {
	const r = m.rejections;
	const status = error.status;
	const reason = typeof error.response?.message === 'string' ? error.response.message : '';
	if (status === 0) return { status: 503, fields: {}, summary: m.common.backendDown };
	const fields: Record<string, string> = {};
	for (const [field, detail] of Object.entries(details(error))) fields[field] = fieldMessage(field, detail, m);
	const listed = Object.values(fields);
	if (status === 400 && listed.length) return { status: 400, fields, summary: r.fieldsSummary(listed.join(' ')) };
	// PocketBase's own answer when a create rule (role, state) does not allow the record.
	if (status === 400 && reason === CREATE_RULE_REFUSED) return { status: 400, fields, summary: r.createRefused };
	if (status === 400) return { status: 400, fields, summary: r.refused(reason || String(status)) };
	if (status === 401) return { status: 401, fields, summary: r.unauthorized };
	if (status === 403) return { status: 403, fields, summary: r.forbidden };
	if (status === 404) return { status: 404, fields, summary: r.notFound };
	if (status === 409) return { status: 409, fields, summary: r.conflict };
	if (status === 413) return { status: 413, fields, summary: r.tooLarge };
	if (status === 429) return { status: 429, fields, summary: r.rateLimited };
	if (status >= 500) return { status: 502, fields, summary: r.serverError(status) };
	return { status: 400, fields, summary: listed.length ? r.fieldsSummary(listed.join(' ')) : r.refused(reason || String(status)) };
}

/**
 * Form errors for a rejection: a message by each field PocketBase named,
 * and `_form` with the whole story (which also names fields the form does
 * not show, such as the audit trail's record of the change).
 */
export function rejectionErrors(rejection: Rejection): Record<string, string> {
	return { ...rejection.fields, _form: rejection.summary };
}

/** The one sentence for a refused request; rethrows what is not a PocketBase answer. */
export function rejectionSummary(error: unknown, m: Messages): string {
	if (!isPocketBaseError(error)) throw error;
	return explainRejection(error, m).summary;
}
