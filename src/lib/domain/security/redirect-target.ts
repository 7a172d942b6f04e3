/**
 * Where to send a person after logging in or switching language: a path of
 * this site only. The target is resolved the way a browser resolves a
 * Location header (so `/\evil.example`, `//evil.example`, `https://…`, and
 * their percent-encoded or tab-split forms are seen for what they are) and
 * accepted only when it stays on `origin`; anything else goes to `fallback`.
 */
export function sameOriginPath(target: string | null | undefined, origin: string, fallback = '/'): string {
	if (!target || !target.startsWith('/')) return fallback;
	// browsers drop tabs and newlines inside URLs and treat `\` as `/`
	if (/[\\\t\n\r\0]/.test(target)) return fallback;
	let decoded: string;
	try {
		decoded = decodeURIComponent(target);
	} catch {
		return fallback;
	}
	if (decoded.startsWith('//') || /[\\\t\n\r\0]/.test(decoded)) return fallback;
	let resolved: URL;
	try {
		resolved = new URL(target, origin);
	} catch {
		return fallback;
	}
	if (resolved.origin !== new URL(origin).origin) return fallback;
	return resolved.pathname + resolved.search + resolved.hash;
}
