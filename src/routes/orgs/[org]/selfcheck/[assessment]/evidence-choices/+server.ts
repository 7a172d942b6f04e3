/**
 * The registered evidence the answering page's picker offers, read when a
 * picker is opened (not rendered into every item card). Security team only;
 * PocketBase reads it with the user's own token.
 */
import { error, json } from '@sveltejs/kit';
import { choiceOf } from '$lib/domain/evidence/links';
import { messagesFor } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { listEvidence } from '$lib/server/evidence/library';
import { orgAccess } from '$lib/server/exports/access';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const access = await orgAccess(locals.session, params.org);
	if (!access.can('editContent')) error(403, messagesFor(locals.session.lang).evidenceLinks.forbidden);
	const list = await listEvidence(locals.session.pb, params.org, await now());
	return json(list.map(choiceOf), { headers: { 'cache-control': 'private, no-store' } });
};
