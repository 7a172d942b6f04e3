import { fail, redirect } from '@sveltejs/kit';
import { defaultCriteria } from '$lib/domain/risks/criteria-defaults';
import { currentCriteria, openVersion } from '$lib/domain/risks/versions';
import { RISK_CRITERIA } from '$lib/domain/schema/risks';
import { SIGNOFFS } from '$lib/domain/schema/selfcheck';
import { messagesFor, type Messages } from '$lib/i18n';
import { rejectionSummary } from '$lib/server/rejections';
import { loadCriteria } from '$lib/server/risks/criteria';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const versions = await loadCriteria(locals.session.pb, params.org);
	return { versions };
};

/** A PocketBase refusal as the form's message (rejections.ts: which field, which limit, what to do). */
function refused(error: unknown, m: Messages, form: string) {
	return fail(400, { form, errors: { _form: rejectionSummary(error, m) } });
}

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const from = String((await request.formData()).get('from') ?? '');
		const versions = await loadCriteria(locals.session.pb, params.org);
		const current = currentCriteria(versions);
		const content = from === 'current' && current ? current.content : defaultCriteria();
		try {
			await locals.session.pb.collection('risk_criteria').create({ organisation: params.org, status: 'draft', content, version: 1 });
		} catch (error) {
			return refused(error, m, 'create');
		}
		redirect(303, `/orgs/${params.org}/risks/criteria/draft`);
	},
	submit: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const id = String((await request.formData()).get('id') ?? '');
		try {
			await locals.session.pb.collection('risk_criteria').update(id, { status: 'submitted' });
		} catch (error) {
			return refused(error, m, 'submit');
		}
		return { done: 'submitted' };
	},
	approve: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const statement = String(form.get('statement') ?? '').trim();
		if (statement.length > SIGNOFFS.statement.max)
			return fail(400, { form: 'approve', errors: { statement: m.errors.tooLong(SIGNOFFS.statement.max) } });
		try {
			await locals.session.pb.collection('signoffs').create({
				organisation: params.org,
				subject_collection: 'risk_criteria',
				subject_id: String(form.get('id') ?? ''),
				statement
			});
		} catch (error) {
			return refused(error, m, 'approve');
		}
		return { done: 'approved' };
	},
	return: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const reason = String(form.get('reason') ?? '').trim();
		if (!reason) return fail(400, { form: 'return', errors: { reason: m.riskCriteria.errors.reasonRequired }, values: { reason } });
		if (reason.length > RISK_CRITERIA.return_reason.max)
			return fail(400, { form: 'return', errors: { reason: m.errors.tooLong(RISK_CRITERIA.return_reason.max) }, values: { reason } });
		try {
			await locals.session.pb.collection('risk_criteria').update(String(form.get('id') ?? ''), { status: 'draft', return_reason: reason });
		} catch (error) {
			return refused(error, m, 'return');
		}
		return { done: 'returned' };
	},
	delete: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const versions = await loadCriteria(locals.session.pb, params.org);
		const open = openVersion(versions);
		const id = String((await request.formData()).get('id') ?? '');
		if (!open || open.id !== id) return fail(400, { form: 'delete', errors: { _form: m.riskCriteria.notDraft } });
		try {
			await locals.session.pb.collection('risk_criteria').delete(id);
		} catch (error) {
			return refused(error, m, 'delete');
		}
		return { done: 'deleted' };
	}
};
