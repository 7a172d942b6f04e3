import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { isLang, type Lang } from '$lib/i18n';
import { createClient, statusOf } from '$lib/server/pocketbase';
import { describeUnexpected } from '$lib/server/handle-error';
import { shutdownPdfWorker, warmUpPdfWorker } from '$lib/server/reports/render';
import { installSafetyNet } from '$lib/server/safety-net';
import { clearToken, LANG_COOKIE, SESSION_COOKIE, storeToken, type SessionUser } from '$lib/server/session';

function toSessionUser(record: Record<string, unknown>): SessionUser {
	return {
		id: String(record.id),
		email: String(record.email ?? ''),
		name: String(record.name || record.email || ''),
		language: isLang(record.language) ? record.language : 'ja'
	};
}

/** Starts the PDF worker early (its first render otherwise pays 1–3 s) and stops it on shutdown. */
export const init: ServerInit = () => {
	installSafetyNet();
	void warmUpPdfWorker().catch((err: unknown) => console.error('[reports] the PDF worker did not start', err));
	process.once('sveltekit:shutdown', () => void shutdownPdfWorker().catch(() => undefined));
};

/** An unexpected error: a clean page with an error id, and one log line with the same id. */
export const handleError: HandleServerError = (input) => describeUnexpected(input);

/**
 * Every request gets its own PocketBase client. When the session cookie holds
 * a token, it is refreshed against PocketBase (which also proves it is still
 * valid) and the signed-in user's own token is used for everything the
 * request does.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const pb = createClient();
	const secure = event.url.protocol === 'https:';
	let user: SessionUser | null = null;
	let expired = false;

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		pb.authStore.save(token, null);
		try {
			const auth = await pb.collection('users').authRefresh();
			user = toSessionUser(auth.record);
			storeToken(event.cookies, pb.authStore.token, secure);
		} catch (err) {
			if (statusOf(err) === 0) error(503, 'PocketBase unreachable');
			pb.authStore.clear();
			clearToken(event.cookies);
			expired = true;
		}
	}

	const cookieLang = event.cookies.get(LANG_COOKIE);
	const lang: Lang = user?.language ?? (isLang(cookieLang) ? cookieLang : 'ja');
	event.locals.session = { pb, user, lang, expired };

	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
};
