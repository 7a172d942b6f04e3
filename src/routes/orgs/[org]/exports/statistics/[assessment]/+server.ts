/**
 * One self-check as an anonymised sector statistics file (JSON; format in
 * domain/exports/statistics/format.ts). The file name says only the year:
 * nothing in the download names the organisation.
 */
import { error } from '@sveltejs/kit';
import { anonymisedStatistics } from '$lib/domain/exports/statistics/anonymise';
import type { SelfCheckSnapshot } from '$lib/domain/reports/selfcheck/snapshot';
import { messagesFor } from '$lib/i18n';
import { orgAccess } from '$lib/server/exports/access';
import { downloadResponse } from '$lib/server/exports/download';
import { libraryKeys } from '$lib/server/exports/statistics';
import { statusOf } from '$lib/server/pocketbase';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import type { AssessmentRecord } from '$lib/server/selfcheck/records';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const access = await orgAccess(locals.session, params.org);
	const m = messagesFor(locals.session.lang).exports;
	// the file leaves the organisation: its own people decide, not outside auditors
	if (!access.roles.some((r) => r !== 'auditor')) error(403, m.statistics.errors.notAllowed);
	let snap: SelfCheckSnapshot;
	let assessment: AssessmentRecord;
	try {
		assessment = await locals.session.pb.collection('assessments').getOne<AssessmentRecord>(params.assessment);
		snap = await loadSelfCheckSnapshot(locals.session.pb, params.assessment);
	} catch (err) {
		if (statusOf(err) === 404) error(404, m.errors.assessmentNotFound);
		throw err;
	}
	if (snap.organisation.id !== params.org) error(404, m.errors.assessmentNotFound);
	const library = await libraryKeys(locals.session.pb, assessment.checklists);
	if (!snap.assessment.checklists.some((c) => library.has(`${c.id}@${c.version}`))) error(422, m.statistics.errors.noLibrary);
	const file = anonymisedStatistics(snap, library);
	const name = `sector-statistics-FY${file.fiscalYear}.json`;
	return downloadResponse(`${JSON.stringify(file, null, 1)}\n`, { filename: name, contentType: 'application/json; charset=utf-8' });
};
