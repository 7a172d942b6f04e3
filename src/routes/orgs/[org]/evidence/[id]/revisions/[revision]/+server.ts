/** GET …/evidence/{id}/revisions/{revision}[?inline=1]: one stored file, streamed from PocketBase with the member's file token. */
import { error } from '@sveltejs/kit';
import { readRevision, serveRevision } from '$lib/server/evidence/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url, request }) => {
	if (!locals.session.user) error(401, 'log in first');
	const record = await readRevision(locals.session.pb, params.org, params.id, params.revision);
	return serveRevision(locals.session.pb, record, url.searchParams.get('inline') === '1', request.signal);
};
