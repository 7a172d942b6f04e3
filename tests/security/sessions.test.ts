// The session cookie (issue 8): not a usable PocketBase token, revoked for
// good by logout, kept across a restart of the web server, and `Secure`
// whenever the public ORIGIN is https.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserClient } from '../integration/support/world';
import { startWeb } from './support/servers';
import { web, webLogin } from './support/web';

const PASSWORD = 'session-test-pw-123';
let n = 0;

async function account(): Promise<string> {
	const su = await superuserClient();
	const email = `session-${Date.now().toString(36)}-${n++}@mamori.test`;
	await su.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Session test', verified: true });
	return email;
}

/** Whether a cookie opens a session: /orgs sends the signed-in to the start page and others to the login. */
async function signedIn(cookie: string, base?: string): Promise<boolean> {
	const res = await fetch(`${base ?? inject('webUrl')}/orgs`, { headers: { cookie }, redirect: 'manual' });
	return res.headers.get('location') === '/';
}

describe('the session cookie', () => {
	it('is an opaque secret, not a PocketBase token', async () => {
		const cookie = await webLogin(await account(), PASSWORD);
		const value = cookie.split('=')[1];
		expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(value.split('.')).toHaveLength(1);
		const pb = inject('pbUrl');
		for (const authorization of [value, `Bearer ${value}`]) {
			const res = await fetch(`${pb}/api/collections/users/auth-refresh`, { method: 'POST', headers: { authorization } });
			expect(res.status).toBe(401);
		}
	});

	it('is HttpOnly, SameSite=Lax, path /, and not Secure on a plain-http origin', async () => {
		const answer = await web('/login', { form: { email: await account(), password: PASSWORD } });
		const line = answer.setCookie.find((c) => c.startsWith('mamori_session='))!;
		expect(line).toMatch(/HttpOnly/i);
		expect(line).toMatch(/SameSite=Lax/i);
		expect(line).toMatch(/Path=\//i);
		expect(line).not.toMatch(/Secure/i);
	});

	it('stops working after logout, even when replayed', async () => {
		const cookie = await webLogin(await account(), PASSWORD);
		expect(await signedIn(cookie)).toBe(true);
		const logout = await web('/logout', { form: {}, cookie });
		expect(logout.status).toBe(303);
		expect(logout.setCookie.some((c) => /^mamori_session=;/.test(c) || /Max-Age=0/i.test(c))).toBe(true);
		expect(await signedIn(cookie)).toBe(false);
		const page = await web('/login', { cookie });
		expect(page.body).toContain('セッションの有効期限が切れました');
	});

	it('a forged or foreign cookie opens nothing', async () => {
		for (const value of ['x'.repeat(43), 'eyJhbGciOiJIUzI1NiJ9.e30.x', '']) expect(await signedIn(`mamori_session=${value}`)).toBe(false);
	});

	describe('with a second web server', () => {
		let dir: string;
		beforeAll(() => {
			dir = mkdtempSync(join(tmpdir(), 'mamori-sessions-'));
		});
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		const env = () => ({
			PB_URL: inject('pbUrl'),
			MAMORI_REPORT_KEY: inject('reportKey'),
			MAMORI_SESSION_FILE: join(dir, 'sessions.json')
		});

		it('survives a restart of the web server, and logout still revokes it afterwards', async () => {
			let server = await startWeb(env());
			const email = await account();
			const cookie = await fetch(`${server.url}/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
				body: new URLSearchParams({ email, password: PASSWORD }),
				redirect: 'manual'
			}).then(
				(r) =>
					r.headers
						.getSetCookie()
						.find((c) => c.startsWith('mamori_session='))!
						.split(';')[0]
			);
			expect(await signedIn(cookie, server.url)).toBe(true);
			const port = Number(new URL(server.url).port);
			await server.stop();
			server = await startWeb(env(), port);
			try {
				expect(await signedIn(cookie, server.url)).toBe(true);
				await fetch(`${server.url}/logout`, {
					method: 'POST',
					headers: { cookie, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
					redirect: 'manual'
				});
				expect(await signedIn(cookie, server.url)).toBe(false);
			} finally {
				await server.stop();
			}
		});

		it('is Secure when ORIGIN is https (behind a TLS proxy)', async () => {
			const origin = 'https://mamori.example';
			const server = await startWeb({ ...env(), ORIGIN: origin });
			try {
				const res = await fetch(`${server.url}/login`, {
					method: 'POST',
					headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
					body: new URLSearchParams({ email: await account(), password: PASSWORD }),
					redirect: 'manual'
				});
				const line = res.headers.getSetCookie().find((c) => c.startsWith('mamori_session='));
				expect(line).toMatch(/;\s*Secure/i);
				const lang = await fetch(`${server.url}/language`, {
					method: 'POST',
					headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
					body: new URLSearchParams({ lang: 'en' }),
					redirect: 'manual'
				});
				expect(lang.headers.getSetCookie().find((c) => c.startsWith('mamori_lang='))).toMatch(/;\s*Secure/i);
			} finally {
				await server.stop();
			}
		});
	});
});
