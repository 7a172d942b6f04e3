import { fail, redirect } from '@sveltejs/kit';
import { linkSchema } from '$lib/domain/evidence/schema';
import { messagesFor } from '$lib/i18n';
import { saveLink } from '$lib/server/evidence/edit';
import { handleUpload, uploadLimit } from '$lib/server/evidence/upload';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => ({
	kind: url.searchParams.get('kind') === 'link' ? ('link' as const) : ('file' as const),
	limit: uploadLimit()
});

export const actions: Actions = {
	upload: async ({ request, locals, params }) =>
		handleUpload({ request, pb: locals.session.pb, orgId: params.org, m: messagesFor(locals.session.lang), lang: locals.session.lang }),
	link: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = parseForm(linkSchema(m), await request.formData());
		if (!parsed.ok) return fail(400, { form: 'link', errors: parsed.errors, values: parsed.values });
		const saved = await saveLink(locals.session.pb, params.org, null, parsed.data, m);
		if (!saved.ok) return fail(400, { form: 'link', errors: saved.errors, values: parsed.values });
		redirect(303, `/orgs/${params.org}/evidence/${saved.id}?saved=1`);
	}
};
