/** A library checklist as an OSCAL catalog (`?lang=en` for English titles; both languages are always inside). */
import { error } from '@sveltejs/kit';
import { checklistToCatalog } from '$lib/domain/exports/oscal/catalog';
import { messagesFor } from '$lib/i18n';
import { orgAccess } from '$lib/server/exports/access';
import { sheetRequest } from '$lib/server/exports/download';
import { jsonDownload } from '$lib/server/exports/oscal';
import { uuidV5 } from '$lib/server/exports/uuid';
import { libraryChecklist } from '$lib/server/selfcheck/pinning';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	const checklist = await libraryChecklist(params.id);
	if (!checklist) error(404, messagesFor(locals.session.lang).exports.errors.checklistNotFound);
	return jsonDownload(checklistToCatalog(checklist, sheetRequest(url).lang, uuidV5), `oscal-catalog-${checklist.id}-${checklist.version}`);
};
