/** One self-check's answers (and a summary sheet) as XLSX or CSV, from the report snapshot. */
import { error } from '@sveltejs/kit';
import { selfCheckWorkbook } from '$lib/domain/exports/selfcheck-sheet';
import { messagesFor } from '$lib/i18n';
import { orgAccess } from '$lib/server/exports/access';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import { statusOf } from '$lib/server/pocketbase';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import type { SelfCheckSnapshot } from '$lib/domain/reports/selfcheck/snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	const notFound = messagesFor(locals.session.lang).exports.errors.assessmentNotFound;
	let snap: SelfCheckSnapshot;
	try {
		snap = await loadSelfCheckSnapshot(locals.session.pb, params.assessment);
	} catch (err) {
		if (statusOf(err) === 404) error(404, notFound);
		throw err;
	}
	if (snap.organisation.id !== params.org) error(404, notFound);
	const { format, lang } = sheetRequest(url);
	const { fiscalYear, revision } = snap.assessment;
	const base = lang === 'ja' ? `自己検証回答-${fiscalYear}年度-第${revision}版` : `selfcheck-answers-FY${fiscalYear}-r${revision}`;
	return sheetDownload(selfCheckWorkbook(snap, lang), format, base, `selfcheck-answers-FY${fiscalYear}-r${revision}`);
};
