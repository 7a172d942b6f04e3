/**
 * The workflow actions of an assessment: submit, return to draft, sign,
 * reopen as a new revision, and review comments. Each is done with the
 * user's own token; PocketBase rules and pb_hooks decide who may do what.
 */
import { fail, redirect } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ASSESSMENTS, REVIEW_COMMENTS, SIGNOFFS } from '$lib/domain/schema';
import type { Messages } from '$lib/i18n';
import { explainRejection, isPocketBaseError, rejectionErrors } from '$lib/server/rejections';
import { commentView } from './answers';
import type { ReviewCommentRecord } from './records';

const text = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();
/** Length in characters, as PocketBase counts them. */
const tooLong = (value: string, max: number): boolean => Array.from(value).length > max;

function failed(form: string, m: Messages, error: unknown, values: Record<string, string> = {}) {
	if (!isPocketBaseError(error)) throw error;
	const rejection = explainRejection(error, m);
	return fail(rejection.status, { form, values, errors: rejectionErrors(rejection) });
}

export async function submitAssessment(pb: PocketBase, id: string, m: Messages) {
	try {
		await pb.collection('assessments').update(id, { status: 'submitted' });
	} catch (error) {
		return failed('submit', m, error);
	}
	return { form: 'submit', done: true };
}

export async function returnToDraft(pb: PocketBase, id: string, form: FormData, m: Messages) {
	const reason = text(form, 'reason');
	if (!reason) return fail(400, { form: 'return', values: { reason }, errors: { reason: m.selfcheck.workflow.reasonRequired } });
	const max = ASSESSMENTS.return_reason.max;
	if (tooLong(reason, max)) return fail(400, { form: 'return', values: { reason }, errors: { reason: m.errors.tooLong(max) } });
	try {
		// Stored on the assessment with the status change; the hook requires it for this move.
		await pb.collection('assessments').update(id, { status: 'draft', return_reason: reason });
	} catch (error) {
		return failed('return', m, error, { reason });
	}
	return { form: 'return', done: true };
}

export async function signAssessment(pb: PocketBase, organisation: string, id: string, form: FormData, m: Messages) {
	const statement = text(form, 'statement');
	if (form.get('confirm') !== 'on') {
		return fail(400, { form: 'sign', values: { statement }, errors: { confirm: m.errors.required } });
	}
	const max = SIGNOFFS.statement.max;
	if (tooLong(statement, max)) return fail(400, { form: 'sign', values: { statement }, errors: { statement: m.errors.tooLong(max) } });
	try {
		await pb.collection('signoffs').create({ organisation, subject_collection: 'assessments', subject_id: id, statement });
	} catch (error) {
		return failed('sign', m, error, { statement });
	}
	return { form: 'sign', done: true };
}

export async function reopenAssessment(pb: PocketBase, orgId: string, id: string, form: FormData, m: Messages) {
	const reason = text(form, 'reason');
	if (!reason) return fail(400, { form: 'reopen', values: { reason }, errors: { reason: m.selfcheck.workflow.reasonRequired } });
	const max = ASSESSMENTS.reopen_reason.max;
	if (tooLong(reason, max)) return fail(400, { form: 'reopen', values: { reason }, errors: { reason: m.errors.tooLong(max) } });
	let created: { id: string };
	try {
		created = await pb.send<{ id: string }>(`/api/mamori/assessments/${encodeURIComponent(id)}/reopen`, {
			method: 'POST',
			body: { reason }
		});
	} catch (error) {
		return failed('reopen', m, error, { reason });
	}
	redirect(303, `/orgs/${orgId}/selfcheck/${created.id}`);
}

export async function addComment(pb: PocketBase, organisation: string, assessment: string, form: FormData, m: Messages) {
	const body = text(form, 'body');
	const checklist = text(form, 'checklist');
	const itemId = text(form, 'item_id');
	const formName = itemId ? `comment-${checklist}:${itemId}` : 'comment-general';
	if (!body) return fail(400, { form: formName, values: { body }, errors: { body: m.errors.required } });
	const max = REVIEW_COMMENTS.body.max;
	if (tooLong(body, max)) return fail(400, { form: formName, values: { body }, errors: { body: m.errors.tooLong(max) } });
	try {
		const record = await pb
			.collection('review_comments')
			.create<ReviewCommentRecord>({ organisation, assessment, checklist, item_id: itemId, body });
		return { form: formName, comment: commentView(record) };
	} catch (error) {
		return failed(formName, m, error, { body });
	}
}
