import { error } from '@sveltejs/kit';
import { statusOf } from '$lib/server/pocketbase';
import { signoffsOf, toVersion, type CriteriaRecord } from '$lib/server/risks/criteria';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	let record: CriteriaRecord;
	try {
		record = await pb.collection('risk_criteria').getOne<CriteriaRecord>(params.id);
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, 'risk criteria not found');
	}
	if (record.organisation !== params.org) error(404, 'risk criteria not found');
	const signoffs = await signoffsOf(pb, params.org, 'risk_criteria');
	return { version: toVersion(record, signoffs.get(record.id) ?? null) };
};
