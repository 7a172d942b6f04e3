/** The report draft as plain text (UTF-8), to paste into the ministry's own form. mamori sends nothing. */
import { error } from '@sveltejs/kit';
import { reportPlainText } from '$lib/domain/incidents/report-text';
import { parseIncidentReportSnapshot } from '$lib/domain/reports/plans/incident-snapshot';
import { isLang } from '$lib/i18n';
import { downloadResponse } from '$lib/server/exports/download';
import { statusOf } from '$lib/server/pocketbase';
import type { IncidentReportRecord } from '$lib/server/plans/incident-records';
import { loadIncidentReportSnapshot } from '$lib/server/plans/incident-snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { pb, user } = locals.session;
	if (!user) error(401, 'not signed in');
	const lang = isLang(url.searchParams.get('lang')) ? (url.searchParams.get('lang') as 'ja' | 'en') : locals.session.lang;
	if (!/^\d{1,4}$/.test(params.number)) error(404, 'not found');
	let report: IncidentReportRecord | undefined;
	try {
		report = (
			await pb.collection('incident_reports').getList<IncidentReportRecord>(1, 1, {
				filter: pb.filter('incident = {:i} && number = {:n} && organisation = {:o}', {
					i: params.id,
					n: Number(params.number),
					o: params.org
				}),
				fields: 'id'
			})
		).items[0];
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, 'not found');
	}
	if (!report) error(404, 'not found');
	const snapshot = parseIncidentReportSnapshot(await loadIncidentReportSnapshot(pb, report.id));
	const name = lang === 'ja' ? `情報連絡_第${snapshot.report.number}報.txt` : `information-report-${snapshot.report.number}.txt`;
	return downloadResponse(reportPlainText(snapshot, lang), {
		filename: name,
		asciiName: `information-report-${snapshot.report.number}.txt`,
		contentType: 'text/plain; charset=utf-8'
	});
};
