import { error, type Cookies, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { isLang, type Lang } from '$lib/i18n';
import { clientAddressOf, forwardClientAddress } from '$lib/server/client-address';
import { compressResponse } from '$lib/server/compress';
import { createClient, statusOf } from '$lib/server/pocketbase';
import { describeUnexpected } from '$lib/server/handle-error';
import { guardOrganisationRoutes } from '$lib/server/org-guard';
import { shutdownPdfWorker, warmUpPdfWorker } from '$lib/server/reports/render';
import { installSafetyNet } from '$lib/server/safety-net';
import { securityHeaders } from '$lib/server/security-headers';
import { flushSessions, type SessionData } from '$lib/server/session-store';
import {
	currentSession,
	endSession,
	LANG_COOKIE,
	renewSession,
	secureCookies,
	SESSION_COOKIE,
	toSessionUser,
	type SessionUser
} from '$lib/server/session';

/** How often a session's PocketBase token is refreshed (which also proves the account still exists and may log in). */
const REFRESH_EVERY_MS = 5 * 60 * 1000;
const refreshing = new Map<string, Promise<SessionData<SessionUser> | null>>();

/** Starts the PDF worker early (its first render otherwise pays 1–3 s) and stops it on shutdown. */
export const init: ServerInit = () => {
	installSafetyNet();
	let stopping = false;
	// a stop during the warm-up ends it on purpose: not a failure to report
	void warmUpPdfWorker().catch((err: unknown) => stopping || console.error('[reports] the PDF worker did not start', err));
	process.once('sveltekit:shutdown', () => {
		stopping = true;
		flushSessions();
		void shutdownPdfWorker().catch(() => undefined);
	});
};

/** An unexpected error: a clean page with an error id, and one log line with the same id. */
export const handleError: HandleServerError = (input) => describeUnexpected(input);

/** One refresh per session at a time: concurrent requests of the same person wait for the same answer. */
function refresh(pb: PocketBase, key: string, session: SessionData<SessionUser>): Promise<SessionData<SessionUser> | null> {
	let running = refreshing.get(key);
	if (!running) {
		running = (async () => {
			pb.authStore.save(session.token, null);
			try {
				const auth = await pb.collection('users').authRefresh();
				return { token: pb.authStore.token, user: toSessionUser(auth.record), refreshed: Date.now() };
			} catch (err) {
				if (statusOf(err) === 0) throw err;
				return null;
			}
		})().finally(() => refreshing.delete(key));
		refreshing.set(key, running);
	}
	return running;
}

/**
 * The signed-in user of a request, from the server-side session behind the
 * cookie: no PocketBase call, except a token refresh every few minutes.
 */
async function signedIn(pb: PocketBase, cookies: Cookies, url: URL): Promise<{ user: SessionUser | null; expired: boolean }> {
	const key = cookies.get(SESSION_COOKIE);
	if (!key) return { user: null, expired: false };
	let session = currentSession(cookies);
	if (session && Date.now() - session.refreshed > REFRESH_EVERY_MS) {
		try {
			session = await refresh(pb, key, session);
		} catch {
			error(503, 'PocketBase unreachable');
		}
		if (session) renewSession(cookies, url, session);
	}
	if (!session) {
		endSession(cookies);
		return { user: null, expired: true };
	}
	pb.authStore.save(session.token, null);
	return { user: session.user, expired: false };
}

/**
 * Every request gets its own PocketBase client, authenticated with the
 * signed-in user's own token when there is a session.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const pb = createClient();
	forwardClientAddress(
		pb,
		clientAddressOf(() => event.getClientAddress())
	);
	const { user, expired } = await signedIn(pb, event.cookies, event.url);
	const cookieLang = event.cookies.get(LANG_COOKIE);
	const lang: Lang = user?.language ?? (isLang(cookieLang) ? cookieLang : 'ja');
	event.locals.session = { pb, user, lang, expired };
	await guardOrganisationRoutes(event);

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	for (const [name, value] of Object.entries(securityHeaders(response.headers.get('content-type'), secureCookies(event.url)))) {
		if (!response.headers.has(name)) setHeader(response, name, value);
	}
	// signed-in pages are nobody else's: not kept by shared caches or the back-forward cache of a shared computer
	if (user && (response.headers.get('content-type') ?? '').startsWith('text/html') && !response.headers.has('cache-control')) {
		setHeader(response, 'cache-control', 'private, no-store');
	}
	return compressResponse(event.request, response);
};

/** Sets a header, also on responses whose headers are immutable (e.g. from fetch). */
function setHeader(response: Response, name: string, value: string): void {
	try {
		response.headers.set(name, value);
	} catch {
		// immutable headers (a proxied Response): left as they are
	}
}
