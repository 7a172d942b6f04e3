/**
 * The form actions of the auditor's side, with the acting person's own token
 * — an organisation's auditor, its security team, or an outside auditor
 * holding a grant (PocketBase's rules and hooks decide who may do what).
 * Each returns a form failure that says what is wrong, or a message.
 */
import { fail } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import {
	findingEditSchema,
	findingSchema,
	fulfilSchema,
	noteSchema,
	requestSchema,
	resolutionSchema,
	responseSchema,
	reviewSchema
} from '$lib/domain/evidence/review-schema';
import type { Messages } from '$lib/i18n';
import { parseForm, type FormErrors } from '$lib/server/forms';
import { statusOf } from '$lib/server/pocketbase';
import { explainRejection, isPocketBaseError, rejectionErrors } from '$lib/server/rejections';

type Done = { form: string; ok: true; message: string; id?: string };

function refusal(error: unknown, m: Messages, fallback: string): FormErrors {
	const status = statusOf(error);
	const data = (error as { response?: { data?: Record<string, { code?: string }> } }).response?.data ?? {};
	const codes = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.code ?? '']));
	if (status === 403 || (status === 400 && Object.keys(data).length === 0)) return { _form: m.findings.forbidden };
	if (status === 404) return { _form: m.findings.forbidden };
	if (Object.values(codes).includes('locked')) return { _form: m.review.requests.locked };
	if (codes.status === 'closed') return { _form: m.findings.closedNoEdit };
	if (codes.response === 'required') return { response: m.findings.responseRequired };
	if (codes.note === 'required') return { note: m.findings.noteRequired };
	if (codes.comment === 'required') return { comment: m.review.commentRequired };
	if (codes.resolution === 'required') return { resolution: m.review.requests.reopenHint };
	if (!isPocketBaseError(error)) throw error;
	const rejection = explainRejection(error, m);
	return Object.keys(rejection.fields).length ? rejectionErrors(rejection) : { _form: `${fallback} ${rejection.summary}` };
}

async function attempt(
	form: string,
	values: Record<string, unknown>,
	m: Messages,
	message: string,
	run: () => Promise<{ id: string } | void>
) {
	try {
		const record = await run();
		return { form, ok: true, message, id: record?.id } satisfies Done;
	} catch (error) {
		return fail(400, { form, errors: refusal(error, m, m.findings.failed), values });
	}
}

export async function recordReview(pb: PocketBase, orgId: string, data: FormData, m: Messages) {
	const parsed = parseForm(reviewSchema(m), data);
	if (!parsed.ok) return fail(400, { form: 'review', errors: parsed.errors, values: parsed.values });
	return attempt('review', parsed.values, m, m.review.saved, () =>
		pb.collection('evidence_reviews').create({ organisation: orgId, ...parsed.data })
	);
}

export async function raiseFinding(pb: PocketBase, orgId: string, data: FormData, m: Messages) {
	const parsed = parseForm(findingSchema(m), data);
	if (!parsed.ok) return fail(400, { form: 'finding', errors: parsed.errors, values: parsed.values });
	return attempt('finding', parsed.values, m, m.findings.saved, () =>
		pb.collection('findings').create({ organisation: orgId, ...parsed.data })
	);
}

/** intent: respond (security), close / reopen / edit (auditor). */
export async function moveFinding(pb: PocketBase, id: string, data: FormData, m: Messages) {
	const intent = String(data.get('intent') ?? '');
	const form = `finding-${intent}`;
	const parsed =
		intent === 'respond'
			? parseForm(responseSchema(m), data)
			: intent === 'edit'
				? parseForm(findingEditSchema(m), data)
				: parseForm(noteSchema(m, intent === 'reopen'), data);
	if (!parsed.ok) return fail(400, { form, errors: parsed.errors, values: parsed.values });
	const body =
		intent === 'respond'
			? { status: 'responded', ...parsed.data }
			: intent === 'close'
				? { status: 'closed', ...parsed.data }
				: intent === 'reopen'
					? { status: 'open', ...parsed.data }
					: parsed.data;
	return attempt(form, parsed.values, m, m.findings.saved, () => pb.collection('findings').update(id, body));
}

export async function requestEvidence(pb: PocketBase, orgId: string, data: FormData, m: Messages) {
	const parsed = parseForm(requestSchema(m), data);
	if (!parsed.ok) return fail(400, { form: 'request', errors: parsed.errors, values: parsed.values });
	return attempt('request', parsed.values, m, m.review.requests.saved, () =>
		pb.collection('evidence_requests').create({ organisation: orgId, ...parsed.data })
	);
}

/** intent: fulfil (security), reopen / withdraw (auditor). */
export async function moveRequest(pb: PocketBase, id: string, data: FormData, m: Messages) {
	const intent = String(data.get('intent') ?? '');
	const form = `request-${intent}-${id}`;
	const parsed = intent === 'fulfil' ? parseForm(fulfilSchema(m), data) : parseForm(resolutionSchema(m, intent === 'reopen'), data);
	if (!parsed.ok) return fail(400, { form, errors: parsed.errors, values: parsed.values });
	const status = intent === 'fulfil' ? 'fulfilled' : intent === 'reopen' ? 'open' : 'withdrawn';
	const message =
		intent === 'fulfil' ? m.review.requests.fulfilled : intent === 'reopen' ? m.review.requests.reopened : m.review.requests.withdrawn;
	return attempt(form, parsed.values, m, message, () => pb.collection('evidence_requests').update(id, { status, ...parsed.data }));
}
