// A person in the browser, as the web server sees them: a session cookie,
// form actions posted the way the enhanced forms post them (JSON answer,
// devalue-encoded data) and the report progress stream.
import * as devalue from 'devalue';

export interface ActionAnswer {
	/** The HTTP status of the response. */
	http: number;
	/** 'success' | 'failure' | 'redirect' | 'error' (SvelteKit's action result), or 'none' when the body was not one. */
	type: string;
	/** The action's own status (fail(409, …) → 409). */
	status: number;
	data: Record<string, unknown> | null;
}

let ip = 0;

export class WebUser {
	cookie = '';
	/** A client address of its own (the test server trusts X-Forwarded-For like a reverse proxy's). */
	readonly address = `198.18.${Math.floor(++ip / 250) % 250}.${(ip % 250) + 1}`;
	constructor(readonly baseUrl: string) {}

	private headers(extra: Record<string, string> = {}): Record<string, string> {
		return { cookie: this.cookie, 'x-forwarded-for': this.address, origin: this.baseUrl, ...extra };
	}

	async login(email: string, password: string): Promise<void> {
		const res = await fetch(`${this.baseUrl}/login`, {
			method: 'POST',
			headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }),
			body: new URLSearchParams({ email, password }).toString(),
			redirect: 'manual'
		});
		const session = res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.find((c) => c.startsWith('mamori_session='));
		await res.text();
		if (res.status !== 303 || !session) throw new Error(`login of ${email} failed with ${res.status}`);
		this.cookie = session;
	}

	async get(path: string): Promise<{ status: number; body: string }> {
		const res = await fetch(`${this.baseUrl}${path}`, { headers: this.headers({ accept: 'text/html' }), redirect: 'manual' });
		return { status: res.status, body: await res.text() };
	}

	/** POST path?/action as the enhanced form does. */
	action(path: string, action: string, fields: Record<string, string | number>): Promise<ActionAnswer> {
		return this.post(`${path}?/${action}`, new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])));
	}

	/** POST a form body (urlencoded, or multipart for FormData) to a form action URL as the enhanced form does. */
	async post(url: string, body: URLSearchParams | FormData): Promise<ActionAnswer> {
		const type: Record<string, string> = body instanceof URLSearchParams ? { 'content-type': 'application/x-www-form-urlencoded' } : {};
		const res = await fetch(`${this.baseUrl}${url}`, {
			method: 'POST',
			headers: this.headers({ ...type, accept: 'application/json', 'x-sveltekit-action': 'true' }),
			body,
			redirect: 'manual'
		});
		const text = await res.text();
		try {
			const json = JSON.parse(text) as { type: string; status?: number; data?: string };
			const data = json.data ? (devalue.parse(json.data) as Record<string, unknown>) : null;
			return { http: res.status, type: json.type, status: json.status ?? res.status, data };
		} catch {
			return { http: res.status, type: 'none', status: res.status, data: null };
		}
	}

	/**
	 * Starts a report export and reads its progress lines; `onLine` may return
	 * 'stop' to leave the stream at that point (the export goes on in the server).
	 */
	async generate(
		org: string,
		body: { type: string; subject: string; language: 'ja' | 'en' },
		onLine: (line: Record<string, unknown>) => 'stop' | void = () => undefined
	): Promise<{ http: number; lines: Record<string, unknown>[] }> {
		const controller = new AbortController();
		const res = await fetch(`${this.baseUrl}/orgs/${org}/reports/generate`, {
			method: 'POST',
			headers: this.headers({ 'content-type': 'application/json' }),
			body: JSON.stringify(body),
			signal: controller.signal
		});
		const lines: Record<string, unknown>[] = [];
		if (!res.body) return { http: res.status, lines };
		const reader = res.body.getReader();
		const decoder = new TextDecoder();
		let buffered = '';
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				buffered += decoder.decode(value, { stream: true });
				let nl: number;
				while ((nl = buffered.indexOf('\n')) >= 0) {
					const line = JSON.parse(buffered.slice(0, nl)) as Record<string, unknown>;
					buffered = buffered.slice(nl + 1);
					lines.push(line);
					if (onLine(line) === 'stop') {
						controller.abort();
						return { http: res.status, lines };
					}
				}
			}
		} catch (error) {
			// the server went away mid-stream (the crash tests do that)
			if (!(error instanceof Error)) throw error;
			lines.push({ broken: error.message });
		}
		return { http: res.status, lines };
	}
}
