import { fail, redirect } from '@sveltejs/kit';
import { refuseDeleteUnlessSecurity } from '$lib/server/delete-role';
import { detailsSchema, linkSchema } from '$lib/domain/evidence/schema';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { deleteEvidence, saveLink } from '$lib/server/evidence/edit';
import { loadEvidence } from '$lib/server/evidence/library';
import { usageOf } from '$lib/server/evidence/links';
import { recordReview } from '$lib/server/evidence/audit-actions';
import { findingsWhere, reviewsOf, summaryOf } from '$lib/server/evidence/audit-work';
import { targetLabel } from '$lib/domain/evidence/targets';
import { handleUpload, uploadLimit } from '$lib/server/evidence/upload';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb, lang } = locals.session;
	const at = await now();
	const [{ evidence, revisions }, usage, reviews, findings] = await Promise.all([
		loadEvidence(pb, params.org, params.id, at),
		usageOf(pb, params.org, params.id, lang, (type) => targetLabel(type, lang)),
		reviewsOf(pb, [params.id]),
		findingsWhere(pb, pb.filter('target_type = "evidence" && target_id = {:e}', { e: params.id }), at)
	]);
	const history = [...(reviews.get(params.id) ?? [])].reverse();
	return { evidence, revisions, usage, reviews: history, review: summaryOf(reviews, evidence), findings, limit: uploadLimit() };
};

export const actions: Actions = {
	upload: async ({ request, locals, params }) =>
		handleUpload({ request, pb: locals.session.pb, orgId: params.org, m: messagesFor(locals.session.lang), lang: locals.session.lang }),
	edit: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const form = await request.formData();
		const parsed = form.has('url') ? parseForm(linkSchema(m), form) : parseForm(detailsSchema(m), form);
		if (!parsed.ok) return fail(400, { form: 'edit', errors: parsed.errors, values: parsed.values });
		const saved = await saveLink(locals.session.pb, params.org, params.id, parsed.data, m);
		if (!saved.ok) return fail(400, { form: 'edit', errors: saved.errors, values: parsed.values });
		return { form: 'edit', saved: true };
	},
	review: async ({ request, locals, params }) =>
		recordReview(locals.session.pb, params.org, await request.formData(), messagesFor(locals.session.lang)),
	delete: async ({ locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const refused = await refuseDeleteUnlessSecurity(locals.session.pb, params.org, m, 'delete');
		if (refused) return refused;
		const result = await deleteEvidence(locals.session.pb, params.id, m);
		if (!result.ok) return fail(400, { form: 'delete', errors: { _form: result.message } });
		redirect(303, `/orgs/${params.org}/evidence?deleted=1`);
	}
};
