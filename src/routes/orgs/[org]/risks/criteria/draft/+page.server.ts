import { fail, redirect } from '@sveltejs/kit';
import { defaultGrid } from '$lib/domain/risks/criteria';
import { resizeCriteria } from '$lib/domain/risks/criteria-defaults';
import { criteriaFromForm, criteriaToForm } from '$lib/domain/risks/criteria-form';
import { openVersion } from '$lib/domain/risks/versions';
import { RISK_CRITERIA } from '$lib/domain/schema/risks';
import { messagesFor } from '$lib/i18n';
import { rejectionSummary } from '$lib/server/rejections';
import { loadCriteria } from '$lib/server/risks/criteria';
import type { Actions, PageServerLoad } from './$types';

async function draftOf(locals: App.Locals, org: string) {
	const open = openVersion(await loadCriteria(locals.session.pb, org));
	return open && open.status === 'draft' && open.content ? { ...open, content: open.content } : null;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const draft = await draftOf(locals, params.org);
	return { draft, values: draft ? criteriaToForm(draft.content) : {} };
};

const SIZES = [3, 4, 5, 6];
const COUNTS = [2, 3, 4, 5];

export const actions: Actions = {
	resize: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const draft = await draftOf(locals, params.org);
		if (!draft) return fail(400, { form: 'resize', errors: { _form: m.riskCriteria.notDraft } });
		const form = await request.formData();
		const [nL, nI, nB] = ['likelihood', 'impact', 'bands'].map((k) => Number(form.get(k)));
		if (!SIZES.includes(nL) || !SIZES.includes(nI) || !COUNTS.includes(nB)) {
			return fail(400, { form: 'resize', errors: { _form: m.riskCriteria.errors.number } });
		}
		try {
			await locals.session.pb.collection('risk_criteria').update(draft.id, { content: resizeCriteria(draft.content, nL, nI, nB) });
		} catch (error) {
			return fail(400, { form: 'resize', errors: { _form: rejectionSummary(error, m) } });
		}
		return { form: 'resize', saved: true };
	},
	resetGrid: async ({ locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const draft = await draftOf(locals, params.org);
		if (!draft) return fail(400, { form: 'content', errors: { _form: m.riskCriteria.notDraft } });
		const c = draft.content;
		try {
			await locals.session.pb
				.collection('risk_criteria')
				.update(draft.id, { content: { ...c, grid: defaultGrid(c.likelihood.length, c.impact.length, c.bands.length) } });
		} catch (error) {
			return fail(400, { form: 'content', errors: { _form: rejectionSummary(error, m) } });
		}
		return { form: 'content', saved: true };
	},
	save: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const draft = await draftOf(locals, params.org);
		if (!draft) return fail(400, { form: 'content', errors: { _form: m.riskCriteria.notDraft } });
		const form = await request.formData();
		const values: Record<string, string> = {};
		for (const [key, value] of form.entries()) values[key] = String(value);
		const note = (values.note ?? '').trim();
		const shape = { likelihood: draft.content.likelihood.length, impact: draft.content.impact.length, bands: draft.content.bands.length };
		const parsed = criteriaFromForm(values, shape, (key) => m.riskCriteria.errors[key]);
		const errors = parsed.ok ? {} : { ...parsed.errors };
		if (note.length > RISK_CRITERIA.note.max) errors.note = m.errors.tooLong(RISK_CRITERIA.note.max);
		if (!parsed.ok || Object.keys(errors).length) return fail(400, { form: 'content', errors, values });
		try {
			await locals.session.pb.collection('risk_criteria').update(draft.id, { content: parsed.content, note });
		} catch (error) {
			return fail(400, { form: 'content', errors: { _form: rejectionSummary(error, m) }, values });
		}
		if (values.then === 'back') redirect(303, `/orgs/${params.org}/risks/criteria`);
		return { form: 'content', saved: true };
	}
};
