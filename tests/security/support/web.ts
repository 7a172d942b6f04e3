// Talking to the web server as a browser would (form posts with an Origin
// header, cookies by hand), optionally from a given client address
// (X-Forwarded-For, which the test server trusts like a reverse proxy's).
import { inject } from 'vitest';

export const webUrl = () => inject('webUrl');

export interface WebAnswer {
	status: number;
	location: string | null;
	cookies: Record<string, string>;
	setCookie: string[];
	headers: Headers;
	body: string;
}

function parseSetCookie(lines: string[]): Record<string, string> {
	const cookies: Record<string, string> = {};
	for (const line of lines) {
		const [pair] = line.split(';');
		const eq = pair.indexOf('=');
		cookies[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
	}
	return cookies;
}

export async function web(
	path: string,
	options: { method?: string; form?: Record<string, string>; cookie?: string; ip?: string; headers?: Record<string, string> } = {}
): Promise<WebAnswer> {
	// a browser's navigation: HTML answers (and 303 redirects) from form actions, not their JSON form
	const headers: Record<string, string> = { accept: 'text/html', ...options.headers };
	if (options.cookie) headers.cookie = options.cookie;
	if (options.ip) headers['x-forwarded-for'] = options.ip;
	let body: string | undefined;
	if (options.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin ??= webUrl();
		body = new URLSearchParams(options.form).toString();
	}
	const res = await fetch(`${webUrl()}${path}`, {
		method: options.method ?? (options.form ? 'POST' : 'GET'),
		headers,
		body,
		redirect: 'manual'
	});
	const setCookie = res.headers.getSetCookie();
	return {
		status: res.status,
		location: res.headers.get('location'),
		cookies: parseSetCookie(setCookie),
		setCookie,
		headers: res.headers,
		body: await res.text()
	};
}

/** Logs in through the login form; resolves to the session cookie header value ("mamori_session=…"). */
export async function webLogin(email: string, password: string, ip?: string): Promise<string> {
	const answer = await web('/login', { form: { email, password }, ip });
	const value = answer.cookies.mamori_session;
	if (answer.status !== 303 || !value) throw new Error(`login of ${email} failed: ${answer.status} ${answer.body.slice(0, 300)}`);
	return `mamori_session=${value}`;
}

let counter = 0;
/** A client address of the TEST-NET ranges, different on each call. */
export function nextIp(): string {
	counter++;
	return `198.51.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}`;
}
