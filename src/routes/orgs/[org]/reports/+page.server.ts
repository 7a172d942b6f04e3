import { fail, redirect } from '@sveltejs/kit';
import { generateSchema, generateSelfCheckReport } from '$lib/server/reports/generate';
import { messagesFor } from '$lib/i18n';
import type { AssessmentRecord } from '$lib/server/selfcheck/records';
import type { PageServerLoad, Actions } from './$types';
import type { ReportRow } from './types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb } = locals.session;
	const filter = pb.filter('organisation = {:o}', { o: params.org });
	const [reports, assessments] = await Promise.all([
		pb.collection('reports').getFullList<ReportRow>({
			filter,
			sort: '-created',
			fields: 'id,report_id,fiscal_year,language,status,pdf_sha256,created,expand.created_by.name',
			expand: 'created_by'
		}),
		pb.collection('assessments').getFullList<Pick<AssessmentRecord, 'id' | 'fiscal_year' | 'revision' | 'status'>>({
			filter,
			sort: '-fiscal_year,-revision',
			fields: 'id,fiscal_year,revision,status'
		})
	]);
	return { reports, assessments };
};

/** Without JavaScript: produce the report, then show it in the list. */
export const actions: Actions = {
	generate: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = generateSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: m.errors.choose });
		let reportId: string;
		try {
			({ reportId } = await generateSelfCheckReport(locals.session.pb, parsed.data.assessment, parsed.data.language));
		} catch (error) {
			console.error('[reports] export failed', error);
			return fail(500, { error: m.reports.failed });
		}
		redirect(303, `/orgs/${params.org}/reports?generated=${reportId}`);
	}
};
