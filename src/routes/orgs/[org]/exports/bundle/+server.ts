/** The organisation's backup bundle (JSON, signed by this installation), for its admins. */
import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { orgAccess } from '$lib/server/exports/access';
import { exportBundle } from '$lib/server/exports/bundle-client';
import { downloadResponse } from '$lib/server/exports/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const access = await orgAccess(locals.session, params.org);
	if (!access.roles.includes('admin')) error(403, messagesFor(locals.session.lang).exports.errors.bundleNotAllowed);
	const bundle = await exportBundle(locals.session.pb, params.org);
	return downloadResponse(`${JSON.stringify(bundle)}\n`, {
		filename: `mamori-bundle-${params.org}-${bundle.created.slice(0, 10)}.json`,
		contentType: 'application/json; charset=utf-8'
	});
};
