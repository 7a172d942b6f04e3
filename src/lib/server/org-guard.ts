/**
 * One answer for who may reach an organisation's pages, actions and
 * downloads (`/orgs/<id>/…`) and an outside auditor's (`/audits/…`), before
 * any route code runs — SvelteKit runs form actions and `+server.ts`
 * endpoints without the layout's load, so each route would otherwise decide
 * on its own:
 * - not signed in: 303 to the login page (back here afterwards);
 * - signed in but not a member (or the organisation does not exist): 404,
 *   the same answer either way, so that another organisation's existence does
 *   not leak. PocketBase's read rule on `organisations` (members only)
 *   decides, with the user's own token;
 * - an outside auditor's grant (`/audits/<grant>/…`) acted on by anyone but
 *   its auditor: 404 as well.
 * Page views (GET of a page) get the same answers from the organisation
 * layout, on the site's own error page; this guard covers what the layout
 * does not run for: form actions (any other method) and endpoints.
 * What a member may do with their roles is left to the route (403) and to
 * PocketBase's rules and hooks.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { statusOf } from '$lib/server/pocketbase';

const ORG_PATH = /^\/orgs\/([a-z0-9]{15})(?:\/|$)/;
const GRANT_PATH = /^\/audits\/([a-z0-9]{15})(?:\/|$)/;
const AUDITOR_PATH = /^\/audits(?:\/|$)/;

export function loginRedirect(url: URL): string {
	return `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
}

/** Route ids of the `+server.ts` endpoints (the file names only; nothing is loaded). */
const ENDPOINTS = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+server.ts')).map((file) => file.slice('/src/routes'.length, -'/+server.ts'.length) || '/')
);

export async function guardOrganisationRoutes(event: RequestEvent): Promise<void> {
	const { pathname } = event.url;
	const org = ORG_PATH.exec(pathname)?.[1];
	if (!org && !AUDITOR_PATH.test(pathname)) return;
	const pageView = (event.request.method === 'GET' || event.request.method === 'HEAD') && !ENDPOINTS.has(event.route.id ?? '');
	if (pageView) return;
	const { pb, user } = event.locals.session;
	if (!user) redirect(303, loginRedirect(event.url));
	const grant = GRANT_PATH.exec(pathname)?.[1];
	try {
		if (org) await pb.collection('organisations').getOne(org, { fields: 'id' });
		else if (grant) {
			const record = await pb.collection('audit_grants').getOne<{ auditor: string }>(grant, { fields: 'id,auditor' });
			if (record.auditor !== user.id) error(404, 'grant not found');
		}
	} catch (err) {
		if (statusOf(err) === 404) error(404, 'not found');
		throw err;
	}
}
