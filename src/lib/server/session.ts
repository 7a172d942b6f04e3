import type PocketBase from 'pocketbase';
import type { Cookies } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { isLang, type Lang } from '$lib/i18n';
import { createSession, deleteSession, readSession, SESSION_LIFETIME_MS, updateSession, type SessionData } from './session-store';

export const SESSION_COOKIE = 'mamori_session';
export const LANG_COOKIE = 'mamori_lang';
export const LAST_ORG_COOKIE = 'mamori_org';

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	language: Lang;
}

export interface Session {
	pb: PocketBase;
	user: SessionUser | null;
	lang: Lang;
	/** True when a session cookie was present but no longer valid. */
	expired: boolean;
}

export function toSessionUser(record: Record<string, unknown>): SessionUser {
	return {
		id: String(record.id),
		email: String(record.email ?? ''),
		name: String(record.name || record.email || ''),
		language: isLang(record.language) ? record.language : 'ja'
	};
}

/**
 * Cookies get `Secure` whenever the app is served over https: the request
 * itself, or the public ORIGIN (behind a TLS proxy the request reaching us
 * may be plain http).
 */
export function secureCookies(url: URL): boolean {
	return url.protocol === 'https:' || (env.ORIGIN ?? '').toLowerCase().startsWith('https:');
}

const COOKIE_OPTIONS = { path: '/', httpOnly: true, sameSite: 'lax', maxAge: SESSION_LIFETIME_MS / 1000 } as const;

/** Starts a session for a freshly authenticated client: the cookie gets an opaque secret, the token stays here. */
export function startSession(cookies: Cookies, url: URL, token: string, user: SessionUser): void {
	deleteSession(cookies.get(SESSION_COOKIE));
	cookies.set(SESSION_COOKIE, createSession(token, user), { ...COOKIE_OPTIONS, secure: secureCookies(url) });
}

/** The session behind the request's cookie, or null. */
export function currentSession(cookies: Cookies): SessionData<SessionUser> | null {
	return readSession<SessionUser>(cookies.get(SESSION_COOKIE));
}

/** Stores a refreshed token or changed user details, and extends the cookie. */
export function renewSession(cookies: Cookies, url: URL, session: SessionData<SessionUser>): void {
	const secret = cookies.get(SESSION_COOKIE);
	if (!secret) return;
	updateSession(secret, session);
	cookies.set(SESSION_COOKIE, secret, { ...COOKIE_OPTIONS, secure: secureCookies(url) });
}

/** Logout: the session is deleted on the server, so the cookie is worthless even if kept. */
export function endSession(cookies: Cookies): void {
	deleteSession(cookies.get(SESSION_COOKIE));
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

export function storePreference(cookies: Cookies, name: string, value: string, secure: boolean): void {
	cookies.set(name, value, {
		...COOKIE_OPTIONS,
		maxAge: 60 * 60 * 24 * 365,
		secure: secure || (env.ORIGIN ?? '').toLowerCase().startsWith('https:')
	});
}
