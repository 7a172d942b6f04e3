import { fail, redirect } from '@sveltejs/kit';
import { defaultCriteria } from '$lib/domain/risks/criteria-defaults';
import { currentCriteria, openVersion } from '$lib/domain/risks/versions';
import { messagesFor } from '$lib/i18n';
import { fieldErrors } from '$lib/server/pocketbase';
import { loadCriteria } from '$lib/server/risks/criteria';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const versions = await loadCriteria(locals.session.pb, params.org);
	return { versions };
};

/** A PocketBase refusal as the form's message: the field's own message when there is one. */
function refused(error: unknown, fallback: string, form: string) {
	const errors = fieldErrors(error);
	const first = Object.values(errors)[0];
	return fail(400, { form, errors: { _form: first ?? fallback } });
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
			return refused(error, m.errors.unknown, 'create');
		}
		redirect(303, `/orgs/${params.org}/risks/criteria/draft`);
	},
	submit: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const id = String((await request.formData()).get('id') ?? '');
		try {
			await locals.session.pb.collection('risk_criteria').update(id, { status: 'submitted' });
		} catch (error) {
			return refused(error, m.errors.unknown, 'submit');
		}
		return { done: 'submitted' };
	},
	approve: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		try {
			await locals.session.pb.collection('signoffs').create({
				organisation: params.org,
				subject_collection: 'risk_criteria',
				subject_id: String(form.get('id') ?? ''),
				statement: String(form.get('statement') ?? '').trim()
			});
		} catch (error) {
			return refused(error, m.errors.unknown, 'approve');
		}
		return { done: 'approved' };
	},
	return: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const reason = String(form.get('reason') ?? '').trim();
		if (!reason) return fail(400, { form: 'return', errors: { reason: m.riskCriteria.errors.reasonRequired }, values: { reason } });
		try {
			await locals.session.pb.collection('risk_criteria').update(String(form.get('id') ?? ''), { status: 'draft', return_reason: reason });
		} catch (error) {
			return refused(error, m.errors.unknown, 'return');
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
			return refused(error, m.errors.unknown, 'delete');
		}
		return { done: 'deleted' };
	}
};
