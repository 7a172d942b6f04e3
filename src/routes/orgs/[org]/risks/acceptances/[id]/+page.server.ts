import { error, fail } from '@sveltejs/kit';
import { RISK_ACCEPTANCES } from '$lib/domain/schema/risks';
import { SIGNOFFS } from '$lib/domain/schema/selfcheck';
import { messagesFor, type Messages } from '$lib/i18n';
import { statusOf } from '$lib/server/pocketbase';
import { rejectionSummary } from '$lib/server/rejections';
import { loadAcceptance } from '$lib/server/risks/acceptances';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org, permissions } = await parent();
	try {
		return await loadAcceptance(
			locals.session.pb,
			params.org,
			params.id,
			{ sector: org.sector, operatorClass: org.operator_class },
			permissions.editContent
		);
	} catch (err) {
		const status = statusOf(err) ?? (err as { status?: number }).status ?? 500;
		error(status === 404 ? 404 : 500, 'acceptance not found');
	}
};

/** A PocketBase refusal as the form's message (rejections.ts); `onConflict` says it better for a 409. */
const refused = (err: unknown, m: Messages, form: string, onConflict = '') =>
	fail(statusOf(err) === 409 ? 409 : 400, {
		form,
		errors: { _form: statusOf(err) === 409 && onConflict ? onConflict : rejectionSummary(err, m) }
	});

export const actions: Actions = {
	approve: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const statement = String(form.get('statement') ?? '').trim();
		if (statement.length > SIGNOFFS.statement.max)
			return fail(400, { form: 'approve', errors: { statement: m.errors.tooLong(SIGNOFFS.statement.max) } });
		try {
			await locals.session.pb.collection('signoffs').create({
				organisation: params.org,
				subject_collection: 'risk_acceptances',
				subject_id: params.id,
				statement,
				expected_sha256: String(form.get('expected_sha256') ?? '')
			});
		} catch (err) {
			return refused(err, m, 'approve', m.riskAcceptance.errors.changed);
		}
		return { done: 'approved' };
	},
	reject: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const comment = String((await request.formData()).get('comment') ?? '').trim();
		if (!comment) return fail(400, { form: 'reject', errors: { comment: m.riskAcceptance.errors.commentRequired } });
		if (comment.length > RISK_ACCEPTANCES.decision_comment.max)
			return fail(400, { form: 'reject', errors: { comment: m.errors.tooLong(RISK_ACCEPTANCES.decision_comment.max) } });
		try {
			await locals.session.pb.collection('risk_acceptances').update(params.id, { status: 'rejected', decision_comment: comment });
		} catch (err) {
			return refused(err, m, 'reject');
		}
		return { done: 'rejected' };
	},
	revoke: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const reason = String((await request.formData()).get('reason') ?? '').trim();
		if (!reason) return fail(400, { form: 'revoke', errors: { reason: m.riskAcceptance.errors.reasonRequired } });
		if (reason.length > RISK_ACCEPTANCES.revoked_reason.max)
			return fail(400, { form: 'revoke', errors: { reason: m.errors.tooLong(RISK_ACCEPTANCES.revoked_reason.max) } });
		try {
			await locals.session.pb.collection('risk_acceptances').update(params.id, { status: 'revoked', revoked_reason: reason });
		} catch (err) {
			return refused(err, m, 'revoke');
		}
		return { done: 'revoked' };
	}
};
