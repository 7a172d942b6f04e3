import { fail } from '@sveltejs/kit';
import { K_ANONYMITY } from '$lib/domain/exports/statistics/aggregate';
import { standings } from '$lib/domain/exports/statistics/position';
import { messagesFor } from '$lib/i18n';
import { orgAccess } from '$lib/server/exports/access';
import { readStatisticsForm } from '$lib/server/exports/statistics';
import { assessmentHeads, latestPerYear } from '$lib/server/reports/assessment-heads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { roles } = await parent();
	const latest = latestPerYear(await assessmentHeads(locals.session.pb, params.org));
	return {
		threshold: K_ANONYMITY,
		mayExport: roles.some((r) => r !== 'auditor'),
		years: latest.map((a) => ({ id: a.id, fiscalYear: a.fiscal_year, revision: a.revision, status: a.status }))
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		// members only, as the page (the files are the user's own; nothing of the organisation is read)
		await orgAccess(locals.session, params.org);
		const m = messagesFor(locals.session.lang).exports.statistics.errors;
		const result = await readStatisticsForm(await request.formData(), m);
		if (!result.ok) return fail(400, { problems: result.problems });
		const { distribution, own, aggregated } = result;
		const mine = own ? standings(distribution, own) : null;
		return {
			distribution,
			aggregated,
			own: mine ? { sections: Object.fromEntries(mine.sections), items: Object.fromEntries(mine.items) } : null
		};
	}
};
