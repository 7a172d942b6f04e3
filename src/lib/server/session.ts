import type PocketBase from 'pocketbase';
import type { Cookies } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n';

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

const COOKIE_OPTIONS = { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 14 } as const;

export function storeToken(cookies: Cookies, token: string, secure: boolean): void {
	cookies.set(SESSION_COOKIE, token, { ...COOKIE_OPTIONS, secure });
}

export function clearToken(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

export function storePreference(cookies: Cookies, name: string, value: string, secure: boolean): void {
	cookies.set(name, value, { ...COOKIE_OPTIONS, maxAge: 60 * 60 * 24 * 365, secure });
}
