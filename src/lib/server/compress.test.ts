import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { chooseEncoding, compressResponse } from './compress';

const page = '<!doctype html><p>自己検証</p>'.repeat(200);
const request = (accept: string | null, method = 'GET') =>
	new Request('http://localhost/x', { method, headers: accept === null ? {} : { 'accept-encoding': accept } });
const html = (body: BodyInit | null = page, headers: Record<string, string> = {}, status = 200) =>
	new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });

describe('chooseEncoding', () => {
	it('prefers brotli, then gzip, and respects q=0 and *', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
		expect(chooseEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
		expect(chooseEncoding('*')).toBe('br');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding('*;q=0')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});
});

describe('compressResponse', () => {
	it('compresses a page with brotli or gzip, keeping status and headers', async () => {
		const br = compressResponse(request('br, gzip'), html(page, { 'content-length': String(Buffer.byteLength(page)), 'x-keep': '1' }, 201));
		expect(br.status).toBe(201);
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('content-length')).toBeNull();
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		expect(br.headers.get('x-keep')).toBe('1');
		const bytes = Buffer.from(await br.arrayBuffer());
		expect(bytes.length).toBeLessThan(Buffer.byteLength(page) / 5);
		expect(brotliDecompressSync(bytes).toString()).toBe(page);

		const gz = compressResponse(request('gzip'), html(page, { vary: 'Cookie' }));
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gz.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(page);
	});

	it('keeps every Set-Cookie header', () => {
		const response = html(page);
		response.headers.append('set-cookie', 'a=1; Path=/');
		response.headers.append('set-cookie', 'b=2; Path=/');
		expect(compressResponse(request('gzip'), response).headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
	});

	it('sends each streamed chunk on as it comes (a streamed page still arrives piece by piece)', async () => {
		let push: (text: string) => void = () => undefined;
		let end: () => void = () => undefined;
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				push = (text) => controller.enqueue(new TextEncoder().encode(text));
				end = () => controller.close();
			}
		});
		const reader = compressResponse(request('gzip'), html(body)).body!.getReader();
		push('<p>first part</p>'.repeat(100));
		const first = await reader.read();
		// the first chunk decodes on its own, before the page is complete
		expect(gunzipSync(Buffer.from(first.value!), { finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString()).toContain('first part');
		end();
		while (!(await reader.read()).done);
	});

	it('leaves alone what should not be compressed', () => {
		const pdf = new Response(page, { headers: { 'content-type': 'application/pdf' } });
		expect(compressResponse(request('br'), pdf)).toBe(pdf);
		const small = html('<p>ok</p>', { 'content-length': '9' });
		expect(compressResponse(request('br'), small).headers.get('content-encoding')).toBeNull();
		const encoded = html(page, { 'content-encoding': 'gzip' });
		expect(compressResponse(request('br'), encoded)).toBe(encoded);
		const stream = new Response(page, { headers: { 'content-type': 'text/event-stream' } });
		expect(compressResponse(request('br'), stream).headers.get('content-encoding')).toBeNull();
		const head = html(null);
		expect(compressResponse(request('br', 'HEAD'), head).headers.get('content-encoding')).toBeNull();
		expect(compressResponse(request(null), html()).headers.get('content-encoding')).toBeNull();
		const redirect = new Response(null, { status: 303, headers: { location: '/x' } });
		expect(compressResponse(request('br'), redirect).status).toBe(303);
	});

	it('stops the page stream when the client goes away', async () => {
		let cancelled = false;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				controller.enqueue(new TextEncoder().encode('x'.repeat(4096)));
			},
			cancel() {
				cancelled = true;
			}
		});
		const reader = compressResponse(request('gzip'), html(body)).body!.getReader();
		await reader.read();
		await reader.cancel();
		await vi.waitFor(() => expect(cancelled).toBe(true));
	});
});
