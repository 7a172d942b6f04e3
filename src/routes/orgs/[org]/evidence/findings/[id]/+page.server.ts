import { error } from '@sveltejs/kit';
import { targetKey } from '$lib/domain/evidence/targets';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { moveFinding } from '$lib/server/evidence/audit-actions';
import { findingHistory } from '$lib/server/evidence/audit-work';
import { findingView, type FindingRecord } from '$lib/server/evidence/review-views';
import { describeTargets } from '$lib/server/evidence/targets';
import { statusOf } from '$lib/server/pocketbase';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb, lang } = locals.session;
	let record: FindingRecord;
	try {
		record = await pb.collection('findings').getOne<FindingRecord>(params.id);
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, 'finding not found');
	}
	if (record.organisation !== params.org) error(404, 'finding not found');
	const finding = findingView(record, await now());
	const [history, info] = await Promise.all([findingHistory(pb, params.id), describeTargets(pb, params.org, [finding.target], lang)]);
	return { finding, history, target: info.get(targetKey(finding.target)) ?? null };
};

export const actions: Actions = {
	move: async ({ request, locals, params }) =>
		moveFinding(locals.session.pb, params.id, await request.formData(), messagesFor(locals.session.lang))
};
