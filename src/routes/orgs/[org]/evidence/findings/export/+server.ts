/** GET …/evidence/findings/export?format=xlsx|csv&lang=ja|en — every finding of the organisation, as the follow-up page lists them. */
import { findingsSheet, findingsSheetRows } from '$lib/domain/evidence/findings-sheet';
import { targetLabel } from '$lib/domain/evidence/targets';
import { buildSheet } from '$lib/domain/exports/sheet';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { describe, findingsWhere } from '$lib/server/evidence/audit-work';
import { orgAccess } from '$lib/server/exports/access';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { pb } = locals.session;
	await orgAccess(locals.session, params.org);
	const { format, lang } = sheetRequest(url);
	const at = await now();
	const findings = await describe(pb, params.org, await findingsWhere(pb, pb.filter('organisation = {:o}', { o: params.org }), at), lang);
	const m = messagesFor(lang);
	const rows = findingsSheetRows(
		findings,
		{ status: (s) => m.findings.statuses[s], severity: (s) => m.findings.severities[s], targetType: (t) => targetLabel(t, lang) },
		lang
	);
	const day = at.toISOString().slice(0, 10);
	return sheetDownload(
		[buildSheet(findingsSheet, rows, lang)],
		format,
		`${lang === 'ja' ? '指摘事項' : 'findings'}-${day}`,
		`findings-${day}`
	);
};
