import { error, redirect } from '@sveltejs/kit';
import { TARGETS, targetKey, type TargetRef } from '$lib/domain/evidence/targets';
import { messagesFor } from '$lib/i18n';
import { raiseFinding } from '$lib/server/evidence/audit-actions';
import { describeTargets } from '$lib/server/evidence/targets';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals, params }) => {
	const ref: TargetRef = {
		type: url.searchParams.get('target_type') ?? '',
		id: url.searchParams.get('target_id') ?? '',
		part: url.searchParams.get('target_part') ?? ''
	};
	if (!TARGETS[ref.type]?.findings) error(404, 'nothing to raise a finding on');
	const info = (await describeTargets(locals.session.pb, params.org, [ref], locals.session.lang)).get(targetKey(ref));
	if (!info) error(404, 'nothing to raise a finding on');
	return { target: ref, info };
};

export const actions: Actions = {
	raise: async ({ request, locals, params }) => {
		const result = await raiseFinding(locals.session.pb, params.org, await request.formData(), messagesFor(locals.session.lang));
		if ('id' in result && result.id) redirect(303, `/orgs/${params.org}/evidence/findings/${result.id}?saved=1`);
		return result;
	}
};
