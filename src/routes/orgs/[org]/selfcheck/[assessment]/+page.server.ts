import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { selfcheckEvidence } from '$lib/server/evidence/selfcheck';
import { relyingRisks } from '$lib/server/risks/relying';
import { saveAdoption } from '$lib/server/selfcheck/adoption';
import { answeringWindow } from '$lib/server/selfcheck/answering-window';
import { loadAssessmentPage } from '$lib/server/selfcheck/assessment';
import { UnreadableChecklistError } from '$lib/server/selfcheck/pinned';
import { unreadableMessage } from '$lib/server/selfcheck/unreadable';
import { saveAnswer } from '$lib/server/selfcheck/save-answer';
import { addComment, reopenAssessment, returnToDraft, signAssessment, submitAssessment } from '$lib/server/selfcheck/workflow';
import type { Actions, PageServerLoad } from './$types';

/** Only the page of items shown is sent (answering-window.ts); `?pick=<item>` opens that item's evidence picker without JavaScript. */
export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
	const { org, permissions } = await parent();
	const applicant = { sector: org.sector, operatorClass: org.operator_class };
	const pick = url.searchParams.get('pick') ?? '';
	const [page, evidence, relying] = await Promise.all([
		loadAssessmentPage(locals.session.pb, params.org, params.assessment, applicant, locals.session.lang, permissions.editContent),
		selfcheckEvidence(locals.session.pb, params.org, params.assessment, permissions.editContent && pick !== ''),
		relyingRisks(locals.session.pb, params.org)
	]).catch((e: unknown) => {
		if (!(e instanceof UnreadableChecklistError)) throw e;
		// a checklist it uses cannot be read: say which and what to do, instead of a broken page
		const m = messagesFor(locals.session.lang);
		error(422, unreadableMessage(e.heads, m, locals.session.lang, m.unreadableChecklist.selfcheck));
	});
	return { ...answeringWindow(page, evidence.itemEvidence, relying, url.searchParams), pick };
};

export const actions: Actions = {
	answer: async ({ request, locals, params }) =>
		saveAnswer({
			pb: locals.session.pb,
			organisation: params.org,
			assessment: params.assessment,
			form: await request.formData(),
			lang: locals.session.lang,
			m: messagesFor(locals.session.lang)
		}),
	adoption: async ({ request, locals, params }) =>
		saveAdoption({
			pb: locals.session.pb,
			orgId: params.org,
			assessmentId: params.assessment,
			form: await request.formData(),
			m: messagesFor(locals.session.lang),
			lang: locals.session.lang
		}),
	submit: async ({ locals, params }) => submitAssessment(locals.session.pb, params.assessment, messagesFor(locals.session.lang)),
	returnToDraft: async ({ request, locals, params }) =>
		returnToDraft(locals.session.pb, params.assessment, await request.formData(), messagesFor(locals.session.lang)),
	sign: async ({ request, locals, params }) =>
		signAssessment(locals.session.pb, params.org, params.assessment, await request.formData(), messagesFor(locals.session.lang)),
	reopen: async ({ request, locals, params }) =>
		reopenAssessment(locals.session.pb, params.org, params.assessment, await request.formData(), messagesFor(locals.session.lang)),
	comment: async ({ request, locals, params }) =>
		addComment(locals.session.pb, params.org, params.assessment, await request.formData(), messagesFor(locals.session.lang))
};
