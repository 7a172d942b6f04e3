import { error, fail } from '@sveltejs/kit';
import { ACCEPTANCE_LIMITS } from '$lib/domain/risks/acceptance';
import { messagesFor } from '$lib/i18n';
import { fieldErrors, statusOf } from '$lib/server/pocketbase';
import { loadAcceptance } from '$lib/server/risks/acceptances';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org } = await parent();
	try {
		return await loadAcceptance(locals.session.pb, params.org, params.id, { sector: org.sector, operatorClass: org.operator_class });
	} catch (err) {
		const status = statusOf(err) ?? (err as { status?: number }).status ?? 500;
		error(status === 404 ? 404 : 500, 'acceptance not found');
	}
};

const refused = (err: unknown, fallback: string, form: string) =>
	fail(statusOf(err) === 409 ? 409 : 400, {
		form,
		errors: { _form: Object.values(fieldErrors(err))[0] && statusOf(err) !== 409 ? Object.values(fieldErrors(err))[0] : fallback }
	});

export const actions: Actions = {
	approve: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const statement = String(form.get('statement') ?? '').trim();
		if (statement.length > ACCEPTANCE_LIMITS.comment)
			return fail(400, { form: 'approve', errors: { statement: m.errors.tooLong(ACCEPTANCE_LIMITS.comment) } });
		try {
			await locals.session.pb.collection('signoffs').create({
				organisation: params.org,
				subject_collection: 'risk_acceptances',
				subject_id: params.id,
				statement,
				expected_sha256: String(form.get('expected_sha256') ?? '')
			});
		} catch (err) {
			return refused(err, statusOf(err) === 409 ? m.riskAcceptance.errors.changed : m.errors.unknown, 'approve');
		}
		return { done: 'approved' };
	},
	reject: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const comment = String((await request.formData()).get('comment') ?? '').trim();
		if (!comment) return fail(400, { form: 'reject', errors: { comment: m.riskAcceptance.errors.commentRequired } });
		if (comment.length > ACCEPTANCE_LIMITS.comment)
			return fail(400, { form: 'reject', errors: { comment: m.errors.tooLong(ACCEPTANCE_LIMITS.comment) } });
		try {
			await locals.session.pb.collection('risk_acceptances').update(params.id, { status: 'rejected', decision_comment: comment });
		} catch (err) {
			return refused(err, m.errors.unknown, 'reject');
		}
		return { done: 'rejected' };
	},
	revoke: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const reason = String((await request.formData()).get('reason') ?? '').trim();
		if (!reason) return fail(400, { form: 'revoke', errors: { reason: m.riskAcceptance.errors.reasonRequired } });
		if (reason.length > ACCEPTANCE_LIMITS.comment)
			return fail(400, { form: 'revoke', errors: { reason: m.errors.tooLong(ACCEPTANCE_LIMITS.comment) } });
		try {
			await locals.session.pb.collection('risk_acceptances').update(params.id, { status: 'revoked', revoked_reason: reason });
		} catch (err) {
			return refused(err, m.errors.unknown, 'revoke');
		}
		return { done: 'revoked' };
	}
};
