/**
 * Risk treatment actions, improvement actions, the contact register and risk acceptances as XLSX
 * or CSV (one sheet each; `?format=`, `?lang=` as every spreadsheet export),
 * read with the user's own token.
 */
import { error } from '@sveltejs/kit';
import { acceptanceRows, acceptancesSheet } from '$lib/domain/exports/acceptances-sheet';
import { buildSheet, type Sheet } from '$lib/domain/exports/sheet';
import { messagesFor } from '$lib/i18n';
import { now as serverNow } from '$lib/server/clock';
import { orgAccess } from '$lib/server/exports/access';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import { contactsRegisterSheet, improvementActionsSheet, PLAN_SHEET_FILES } from '$lib/server/plans/sheets';
import { loadRiskSnapshot } from '$lib/server/risks/report-snapshot';
import { treatmentActionsSheet } from '$lib/server/risks/sheet';
import type { RequestHandler } from './$types';

const KINDS = {
	'treatment-actions': { ja: 'リスク対応の措置', en: 'risk-treatment-actions' },
	'improvement-actions': PLAN_SHEET_FILES.actions,
	contacts: PLAN_SHEET_FILES.contacts,
	acceptances: { ja: 'リスク受容', en: 'risk-acceptances' }
} as const;
type Kind = keyof typeof KINDS;
const isKind = (k: string): k is Kind => Object.hasOwn(KINDS, k);

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	if (!isKind(params.kind)) error(404, messagesFor(locals.session.lang).common.notFound);
	const { format, lang } = sheetRequest(url);
	const { pb } = locals.session;
	let sheet: Sheet;
	if (params.kind === 'improvement-actions') sheet = await improvementActionsSheet(pb, params.org, lang);
	else if (params.kind === 'contacts') sheet = await contactsRegisterSheet(pb, params.org, lang);
	else if (params.kind === 'treatment-actions') sheet = await treatmentActionsSheet(pb, params.org, lang);
	else sheet = buildSheet(acceptancesSheet, acceptanceRows(await loadRiskSnapshot(pb, params.org), lang), lang);
	const day = (await serverNow()).toISOString().slice(0, 10);
	const names = KINDS[params.kind];
	return sheetDownload([sheet], format, `${lang === 'ja' ? names.ja : names.en}-${day}`, `${names.en}-${day}`);
};
