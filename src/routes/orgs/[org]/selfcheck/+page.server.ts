import { fiscalYearOf } from '$lib/domain/fiscal-year';
import { messagesFor } from '$lib/i18n';
import { summarizeAssessments } from '$lib/server/selfcheck/overview';
import { startAssessment, startChoices } from '$lib/server/selfcheck/start';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { org, permissions } = await parent();
	const applicant = { sector: org.sector, operatorClass: org.operator_class };
	const [assessments, choices] = await Promise.all([
		summarizeAssessments(locals.session.pb, params.org, applicant),
		permissions.editContent ? startChoices(locals.session.pb, params.org, applicant) : Promise.resolve([])
	]);
	const current = fiscalYearOf(new Date(), org.fy_start_month);
	const taken = new Set(assessments.map((a) => a.fiscalYear));
	const defaultYear = taken.has(current) ? Math.max(...taken) + 1 : current;
	return { assessments, choices, defaultYear };
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
