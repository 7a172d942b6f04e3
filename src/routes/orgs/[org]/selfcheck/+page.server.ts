import { messagesFor } from '$lib/i18n';
import { startDefaults } from '$lib/domain/selfcheck/start-defaults';
import { now } from '$lib/server/clock';
import { summarizeAssessments } from '$lib/server/selfcheck/overview';
import { startAssessment, startChoices } from '$lib/server/selfcheck/start';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org, permissions } = await parent();
	const applicant = { sector: org.sector, operatorClass: org.operator_class };
	const [assessments, choices, today] = await Promise.all([
		summarizeAssessments(locals.session.pb, params.org, applicant),
		permissions.editContent ? startChoices(locals.session.pb, params.org, applicant) : Promise.resolve([]),
		now()
	]);
	const { year, existing } = startDefaults(assessments, today, org.fy_start_month);
	return { assessments, choices, currentYear: year, currentAssessment: existing?.id ?? null };
};

export const actions: Actions = {
	start: async ({ request, locals, params }) =>
		startAssessment({
			pb: locals.session.pb,
			orgId: params.org,
			form: await request.formData(),
			m: messagesFor(locals.session.lang),
			lang: locals.session.lang
		})
};
