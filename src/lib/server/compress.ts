/**
 * Compression of the web server's own responses (pages, page data, form
 * results, CSV): brotli or gzip, as the browser accepts. Built client files
 * are compressed once at build time (adapter-node `precompress`) and served
 * by its static handler. Each chunk is flushed as it is written, so streamed
 * pages still arrive piece by piece. A client that goes away ends the
 * compression stream; nothing is left running.
 */
import { Readable, pipeline } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/(html|plain|css|csv|javascript|xml)|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)\b/i;
/** Below this, compressing costs more than it saves. */
const MIN_BYTES = 1024;

/** The encoding to use for an Accept-Encoding header: brotli first, then gzip; none when refused (q=0) or absent. */
export function chooseEncoding(accept: string | null): Encoding | null {
	if (!accept) return null;
	const q = new Map<string, number>();
	for (const part of accept.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qParam ? Number(qParam.slice(2)) : 1;
		if (name) q.set(name, Number.isFinite(value) ? value : 0);
	}
	const weight = (name: Encoding) => q.get(name) ?? (q.get('*') || 0);
	if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
	if (weight('gzip') > 0) return 'gzip';
	return null;
}

/** Whether a response is worth compressing (type, size, not already encoded). */
export function compressible(method: string, response: Response): boolean {
	if (method === 'HEAD' || !response.body) return false;
	if (response.status < 200 || response.status === 204 || response.status === 206 || response.status === 304) return false;
	if (response.headers.has('content-encoding')) return false;
	if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return false;
	if (/\bno-transform\b/i.test(response.headers.get('cache-control') ?? '')) return false;
	const length = response.headers.get('content-length');
	return length === null || Number(length) >= MIN_BYTES;
}

function encoder(encoding: Encoding): BrotliCompress | Gzip {
	// brotli quality 4: about gzip's speed with smaller output (11, the default, is for files compressed once)
	return encoding === 'br'
		? createBrotliCompress({ flush: constants.BROTLI_OPERATION_FLUSH, params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
		: createGzip({ level: 6, flush: constants.Z_SYNC_FLUSH });
}

/** The response compressed for this request, or unchanged when it should not be. */
export function compressResponse(request: Request, response: Response): Response {
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const headers = response.headers;
	if (!encoding || !compressible(request.method, response) || !response.body) {
		if (encoding && COMPRESSIBLE.test(headers.get('content-type') ?? '')) appendVary(headers);
		return response;
	}
	const zip = encoder(encoding);
	// pipeline: when either side fails or the client goes away, both streams are destroyed
	pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), zip, () => undefined);
	const out = new Headers(headers);
	out.delete('content-length');
	out.set('content-encoding', encoding);
	appendVary(out);
	return new Response(Readable.toWeb(zip) as ReadableStream<Uint8Array>, {
		status: response.status,
		statusText: response.statusText,
		headers: out
	});
}

function appendVary(headers: Headers): void {
	try {
		const vary = headers.get('vary');
		if (!vary) headers.set('vary', 'Accept-Encoding');
		else if (!/\baccept-encoding\b/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`);
	} catch {
		// immutable headers (a fetched response passed through): leave them as they are
	}
}
