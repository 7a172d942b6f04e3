/** The sector distribution aggregated from uploaded statistics files, as a JSON download (the same form as the statistics page). */
import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { orgAccess } from '$lib/server/exports/access';
import { downloadResponse } from '$lib/server/exports/download';
import { readStatisticsForm } from '$lib/server/exports/statistics';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	await orgAccess(locals.session, params.org);
	const m = messagesFor(locals.session.lang).exports.statistics.errors;
	const result = await readStatisticsForm(await request.formData(), m);
	if (!result.ok) error(400, result.problems.join(' '));
	const d = result.distribution;
	return downloadResponse(`${JSON.stringify(d, null, 1)}\n`, {
		filename: `sector-distribution-${d.sector}-FY${d.fiscalYear}.json`,
		contentType: 'application/json; charset=utf-8'
	});
};
