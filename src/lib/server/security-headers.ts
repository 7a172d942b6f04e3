/**
 * Headers on every answer of the web server (hooks.server.ts); the
 * Content-Security-Policy of pages comes from `kit.csp` in svelte.config.js.
 * Pages may not be framed by anyone; files (evidence previews, PDFs) only by
 * this site's own pages.
 */
export function securityHeaders(contentType: string | null, https: boolean): Record<string, string> {
	const page = (contentType ?? '').startsWith('text/html');
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'same-origin',
		'x-frame-options': page ? 'DENY' : 'SAMEORIGIN',
		'cross-origin-opener-policy': 'same-origin',
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
	};
	if (https) headers['strict-transport-security'] = 'max-age=31536000';
	return headers;
}
