/** The risk register as XLSX (register and actions sheets) or CSV (the register sheet; ?format=csv), ?lang=en; Japanese headers by default. */
import { orgAccess } from '$lib/server/exports/access';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import { registerWorkbook } from '$lib/server/risks/sheet';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	const { format, lang } = sheetRequest(url);
	const sheets = await registerWorkbook(locals.session.pb, params.org, lang);
	const day = new Date().toISOString().slice(0, 10);
	return sheetDownload(sheets, format, lang === 'ja' ? `リスク台帳-${day}` : `risk-register-${day}`, `risk-register-${day}`);
};
