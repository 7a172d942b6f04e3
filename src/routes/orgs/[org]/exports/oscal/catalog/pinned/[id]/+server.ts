/** A checklist version pinned to the organisation (library copy or import) as an OSCAL catalog. */
import { error } from '@sveltejs/kit';
import { checklistToCatalog } from '$lib/domain/exports/oscal/catalog';
import { messagesFor } from '$lib/i18n';
import { orgAccess } from '$lib/server/exports/access';
import { sheetRequest } from '$lib/server/exports/download';
import { jsonDownload } from '$lib/server/exports/oscal';
import { uuidV5 } from '$lib/server/exports/uuid';
import { readPinned, UnreadableChecklistError } from '$lib/server/selfcheck/pinned';
import { unreadableMessage } from '$lib/server/selfcheck/unreadable';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	await orgAccess(locals.session, params.org);
	const m = messagesFor(locals.session.lang);
	const [pinned] = await readPinned(locals.session.pb, [params.id]).catch((e: unknown) => {
		if (e instanceof UnreadableChecklistError) error(422, unreadableMessage(e.heads, m, locals.session.lang, ''));
		throw e;
	});
	if (!pinned || pinned.head.organisation !== params.org) error(404, m.exports.errors.checklistNotFound);
	const { checklist } = pinned;
	return jsonDownload(checklistToCatalog(checklist, sheetRequest(url).lang, uuidV5), `oscal-catalog-${checklist.id}-${checklist.version}`);
};
