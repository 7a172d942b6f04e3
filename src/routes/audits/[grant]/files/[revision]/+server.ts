/**
 * GET /audits/{grant}/files/{revision}[?inline=1&name=…] — a file in an outside
 * auditor's scope, streamed from PocketBase's scope file route (which checks
 * the grant and writes the view to the audit trail). Only images and PDFs
 * are ever shown inline.
 */
import { error } from '@sveltejs/kit';
import { ACCEPTED_TYPES } from '$lib/domain/evidence/facts';
import { fetchUnlessGone, fileHeaders, gone } from '$lib/server/evidence/download';
import { pocketbaseUrl } from '$lib/server/pocketbase';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url, request }) => {
	if (!locals.session.user) error(401, 'log in first');
	const upstream = await fetchUnlessGone(
		`${pocketbaseUrl()}/api/mamori/audit-grants/${encodeURIComponent(params.grant)}/files/${encodeURIComponent(params.revision)}`,
		{ headers: { authorization: locals.session.pb.authStore.token } },
		request.signal
	);
	if (!upstream) return gone();
	if (!upstream.ok || !upstream.body) error(upstream.status === 403 ? 403 : 404, 'file not found');
	const declared = (upstream.headers.get('content-type') ?? '').split(';')[0].trim();
	const mime = ACCEPTED_TYPES.some((t) => t.mime === declared) ? declared : 'application/octet-stream';
	const name = (url.searchParams.get('name') ?? '').replace(/[\\/\r\n]/g, '_').slice(0, 200) || params.revision;
	return new Response(upstream.body, {
		headers: fileHeaders(mime, name, url.searchParams.get('inline') === '1', upstream.headers.get('content-length'))
	});
};
