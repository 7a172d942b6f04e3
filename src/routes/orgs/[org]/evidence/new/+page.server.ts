import { fail, redirect } from '@sveltejs/kit';
import { linkSchema } from '$lib/domain/evidence/schema';
import { isLinkTarget, targetKey, type TargetRef } from '$lib/domain/evidence/targets';
import { messagesFor } from '$lib/i18n';
import { saveLink } from '$lib/server/evidence/edit';
import { describeTargets } from '$lib/server/evidence/targets';
import { backTo, handleUpload, uploadLimit } from '$lib/server/evidence/upload';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Opened from an EvidencePanel: the new evidence is linked to that target, then the page goes back there. */
async function linkTarget(locals: App.Locals, orgId: string, url: URL) {
	const ref: TargetRef = {
		type: url.searchParams.get('link_type') ?? '',
		id: url.searchParams.get('link_id') ?? '',
		part: url.searchParams.get('link_part') ?? ''
	};
	if (!isLinkTarget(ref)) return null;
	const info = (await describeTargets(locals.session.pb, orgId, [ref], locals.session.lang)).get(targetKey(ref));
	if (!info || info.locked) return null;
	return { ref, title: info.title, back: backTo(orgId, url.searchParams.get('back')) ?? info.href };
}

export const load: PageServerLoad = async ({ url, locals, params }) => ({
	kind: url.searchParams.get('kind') === 'link' ? ('link' as const) : ('file' as const),
	limit: uploadLimit(),
	link: await linkTarget(locals, params.org, url),
	fiscalYear: /^\d{4}$/.test(url.searchParams.get('fiscal_year') ?? '') ? String(url.searchParams.get('fiscal_year')) : ''
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
