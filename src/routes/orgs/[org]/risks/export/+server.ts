/** The risk register as XLSX or CSV (?format=csv, ?lang=en), Japanese headers by default. */
import { orgAccess } from '$lib/server/exports/access';
import { sheetDownload, sheetRequest } from '$lib/server/exports/download';
import { registerWorkbook } from '$lib/server/risks/sheet';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	const { format, lang } = sheetRequest(url);
	const sheet = await registerWorkbook(locals.session.pb, params.org, lang);
	const day = new Date().toISOString().slice(0, 10);
	return sheetDownload([sheet], format, lang === 'ja' ? `リスク台帳-${day}` : `risk-register-${day}`, `risk-register-${day}`);
};
