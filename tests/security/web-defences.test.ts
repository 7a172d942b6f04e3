// The web app's own defences (issue 8, medium): same-origin redirects only,
// throttled logins and invitation links, security headers and a nonce CSP on
// every page, and SvelteKit's origin check on form posts.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { superuserClient } from '../integration/support/world';
import { nextIp, web, webLogin, webUrl } from './support/web';

const PASSWORD = 'web-defences-pw-123';
let n = 0;

async function account(): Promise<string> {
	const su = await superuserClient();
	const email = `web-${Date.now().toString(36)}-${n++}@mamori.test`;
	await su.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Web test', verified: true });
	return email;
}

const OFF_SITE = [
	'//evil.example',
	'/\\evil.example',
	'/%5Cevil.example',
	'/%5cevil.example',
	'%2F%2Fevil.example',
	'/%2F/evil.example',
	'/\t/evil.example',
	'https://evil.example',
	'http:evil.example',
	'javascript:alert(1)',
	'evil.example'
];

describe('redirects after login and language switch', () => {
	it('go to this site only, whatever the target says', async () => {
		const email = await account();
		for (const target of OFF_SITE) {
			const login = await web(`/login?redirectTo=${encodeURIComponent(target)}`, { form: { email, password: PASSWORD }, ip: nextIp() });
			expect(login.status, target).toBe(303);
			expect(login.location, `login → ${target}`).toBe('/');
			const language = await web('/language', { form: { lang: 'ja', redirectTo: target }, ip: nextIp() });
			expect(language.location, `language → ${target}`).toBe('/');
		}
		// also the raw, unencoded query of the finding
		const raw = await fetch(`${webUrl()}/login?redirectTo=/%5Cevil.example`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: webUrl(), accept: 'text/html', 'x-forwarded-for': nextIp() },
			body: new URLSearchParams({ email, password: PASSWORD }).toString(),
			redirect: 'manual'
		});
		expect(raw.headers.get('location')).toBe('/');
	});

	it('keep a path of this site', async () => {
		const email = await account();
		const login = await web(`/login?redirectTo=${encodeURIComponent('/orgs/new?x=1')}`, {
			form: { email, password: PASSWORD },
			ip: nextIp()
		});
		expect(login.location).toBe('/orgs/new?x=1');
		const language = await web('/language', { form: { lang: 'en', redirectTo: '/verify' }, ip: nextIp() });
		expect(language.location).toBe('/verify');
	});
});

describe('login throttling', () => {
	it('pauses an account at one address after 5 wrong passwords, with the wait time, even for the right password — not from elsewhere', async () => {
		const email = await account();
		const ip = nextIp();
		const home = nextIp();
		await webLogin(email, PASSWORD, home);
		const statuses: number[] = [];
		for (let i = 0; i < 5; i++) statuses.push((await web('/login', { form: { email, password: `wrong-${i}` }, ip })).status);
		expect(statuses).toEqual([400, 400, 400, 400, 400]);
		const paused = await web('/login', { form: { email, password: 'wrong-again' }, ip });
		expect(paused.status).toBe(429);
		expect(paused.body).toMatch(/1[0-5]分後にもう一度お試しください/);
		const right = await web('/login', { form: { email: email.toUpperCase(), password: PASSWORD }, ip });
		expect(right.status).toBe(429);
		expect(right.cookies.mamori_session).toBeUndefined();
		// the owner, at another address, is not locked out by someone else's guesses
		await webLogin(email, PASSWORD, nextIp());
		await webLogin(email, PASSWORD, home);
	});

	it('pauses a client address after 20 wrong passwords, whichever accounts they were for', async () => {
		const ip = nextIp();
		const statuses: number[] = [];
		for (let i = 0; i < 20; i++)
			statuses.push((await web('/login', { form: { email: `nobody-${i}-${ip}@mamori.test`, password: 'x' }, ip })).status);
		expect(new Set(statuses)).toEqual(new Set([400]));
		const email = await account();
		expect((await web('/login', { form: { email, password: PASSWORD }, ip })).status).toBe(429);
		await webLogin(email, PASSWORD, nextIp());
	});
});

describe('PocketBase behind the web server', () => {
	it('has its own auth rate limit on, as the only rule', async () => {
		const settings = (await (await superuserClient()).settings.getAll()) as {
			rateLimits: { enabled: boolean; rules: { label: string; maxRequests: number; duration: number }[] };
		};
		expect(settings.rateLimits.enabled).toBe(true);
		expect(settings.rateLimits.rules).toEqual([expect.objectContaining({ label: '*:auth', maxRequests: 120, duration: 60 })]);
	});
});

describe('invitation links', () => {
	it('pause a client address that opened 10 unusable links', async () => {
		const ip = nextIp();
		for (let i = 0; i < 10; i++) {
			const page = await web(`/invite/${randomBytes(24).toString('hex')}`, { ip });
			expect(page.status).toBe(200);
			expect(page.body).toContain('data-testid="invite-invalid"');
		}
		const paused = await web(`/invite/${randomBytes(24).toString('hex')}`, { ip });
		expect(paused.status).toBe(429);
		expect(paused.body).toMatch(/分後にもう一度お試しください/);
		expect((await web(`/invite/${randomBytes(24).toString('hex')}`, { ip: nextIp() })).status).toBe(200);
	});
});

describe('headers', () => {
	function cspOf(headers: Headers): Record<string, string[]> {
		const csp = headers.get('content-security-policy') ?? '';
		return Object.fromEntries(
			csp
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((d) => d[0])
				.map(([name, ...values]) => [name, values])
		);
	}

	it('every page has a nonce CSP, cannot be framed, and is not sniffed', async () => {
		const email = await account();
		const cookie = await webLogin(email, PASSWORD, nextIp());
		const su = await superuserClient();
		const user = await su.collection('users').getFirstListItem(`email = "${email}"`);
		const org = await su.collection('organisations').create({
			name: `Headers ${n}`,
			sector: 'gas',
			operator_class: 'other',
			fy_start_month: 4,
			admins: [user.id],
			security_team: [user.id]
		});
		for (const [path, withCookie] of [
			['/login', false],
			['/verify', false],
			[`/orgs/${org.id}/selfcheck`, true],
			[`/orgs/${org.id}/members`, true]
		] as const) {
			const page = await web(path, { cookie: withCookie ? cookie : undefined });
			expect(page.status, path).toBe(200);
			const csp = cspOf(page.headers);
			expect(csp['frame-ancestors'], path).toEqual(["'none'"]);
			expect(csp['object-src'], path).toEqual(["'none'"]);
			expect(csp['default-src'], path).toEqual(["'self'"]);
			const nonce = (csp['script-src'] ?? []).find((v) => v.startsWith("'nonce-"));
			expect(nonce, `${path}: script-src has a nonce`).toBeDefined();
			expect(csp['script-src']).not.toContain("'unsafe-inline'");
			// every script of the page carries the nonce
			const scripts = [...page.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
			expect(scripts.length, path).toBeGreaterThan(0);
			for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce!.slice(7, -1)}"`);
			expect(page.headers.get('x-frame-options'), path).toBe('DENY');
			expect(page.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(page.headers.get('referrer-policy'), path).toBe('same-origin');
			if (withCookie) expect(page.headers.get('cache-control'), path).toBe('private, no-store');
		}
		// each answer its own nonce
		const [a, b] = await Promise.all([web('/login'), web('/login')]);
		expect(cspOf(a.headers)['script-src']).not.toEqual(cspOf(b.headers)['script-src']);
	});

	it('other answers are not sniffed either', async () => {
		const health = await web('/health');
		expect(health.headers.get('x-content-type-options')).toBe('nosniff');
		expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');
	});
});

describe('form posts from another origin', () => {
	it('are refused (403) before any action runs', async () => {
		const email = await account();
		for (const origin of ['https://evil.example', 'null']) {
			const answer = await web('/login', { form: { email, password: PASSWORD }, headers: { origin }, ip: nextIp() });
			expect(answer.status, origin).toBe(403);
			expect(answer.cookies.mamori_session).toBeUndefined();
		}
		const cookie = await webLogin(email, PASSWORD, nextIp());
		const logout = await web('/logout', { form: {}, cookie, headers: { origin: 'https://evil.example' } });
		expect(logout.status).toBe(403);
		// still signed in
		expect((await web('/orgs', { cookie })).location).toBe('/');
	});
});
