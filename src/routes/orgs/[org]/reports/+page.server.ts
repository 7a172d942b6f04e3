import { fail, redirect } from '@sveltejs/kit';
import { REPORT_TYPES, REPORT_TYPE_TITLES } from '$lib/domain/reports/kinds';
import { messagesFor } from '$lib/i18n';
import { generateFormSchema, generateReport } from '$lib/server/reports/generate';
import { reportSources } from '$lib/server/reports/sources';
import type { Actions, PageServerLoad } from './$types';
import type { ReportRow, SubjectGroup } from './types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { pb, lang } = locals.session;
	const [reports, groups] = await Promise.all([
		pb.collection('reports').getFullList<ReportRow>({
			filter: pb.filter('organisation = {:o}', { o: params.org }),
			sort: '-created',
			fields: 'id,report_id,type,fiscal_year,language,status,pdf_sha256,created,expand.created_by.name',
			expand: 'created_by'
		}),
		Promise.all(
			reportSources().map(async (source): Promise<SubjectGroup> => ({
				type: source.type,
				title: source.title[lang],
				subjects: (await source.subjects(locals.session.pb, params.org, lang)).map(({ id, label }) => ({ id, label }))
			}))
		)
	]);
	return {
		reports,
		groups: groups.filter((g) => g.subjects.length > 0),
		titles: Object.fromEntries(REPORT_TYPES.map((type) => [type, REPORT_TYPE_TITLES[type][lang]]))
	};
};

/** Without JavaScript: produce the report, then show it in the list. */
export const actions: Actions = {
	generate: async ({ request, locals, params }) => {
		const m = messagesFor(locals.session.lang);
		const parsed = generateFormSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: m.errors.choose });
		let reportId: string;
		try {
			({ reportId } = await generateReport(locals.session.pb, {
				type: parsed.data.type,
				subjectId: parsed.data.subject,
				language: parsed.data.language
			}));
		} catch (error) {
			console.error('[reports] export failed', error);
			return fail(500, { error: m.reports.failed });
		}
		redirect(303, `/orgs/${params.org}/reports?generated=${reportId}`);
	}
};
