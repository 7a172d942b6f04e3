import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryOf, MultipartError, readUpload } from './multipart';

const BOUNDARY = '----mamoriBoundary7MA4YWxkTrZu0gW';

function body(fields: [string, string][], file: { name: string; bytes: Uint8Array } | null, trailing: [string, string][] = []): Buffer {
	const parts: Buffer[] = [Buffer.from('preamble ignored\r\n')];
	const field = ([name, value]: [string, string]) =>
		parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
	fields.forEach(field);
	if (file) {
		parts.push(
			Buffer.from(
				`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`
			),
			Buffer.from(file.bytes),
			Buffer.from('\r\n')
		);
	}
	trailing.forEach(field);
	parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
	return Buffer.concat(parts);
}

/** The bytes as a stream cut into the given chunk sizes (cycled). */
function chunked(bytes: Buffer, sizes: number[]): ReadableStream<Uint8Array> {
	let offset = 0;
	let i = 0;
	return new ReadableStream({
		pull(controller) {
			if (offset >= bytes.length) return controller.close();
			const size = Math.max(1, sizes[i++ % sizes.length]);
			controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + size)));
			offset += size;
		}
	});
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
	const chunks: Uint8Array[] = [];
	for await (const chunk of stream) chunks.push(chunk);
	return Buffer.concat(chunks);
}

describe('multipart upload reader', () => {
	it('finds the boundary in the content type', () => {
		expect(boundaryOf(`multipart/form-data; boundary=${BOUNDARY}`)).toBe(BOUNDARY);
		expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
		expect(boundaryOf('application/json')).toBeNull();
		expect(boundaryOf(null)).toBeNull();
	});

	it('reads fields and streams the file exactly, however the body is cut', async () => {
		const tricky = fc.oneof(
			fc.uint8Array({ maxLength: 3000 }),
			fc.constant(new Uint8Array(Buffer.from(`\r\n--${BOUNDARY.slice(0, 10)}\r\n--\r\n`)))
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.constantFrom('title', 'owner', 'description'), fc.string({ maxLength: 200 })), { maxLength: 3 }),
				tricky,
				fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
				async (pairs, bytes, sizes) => {
					const unique = [...new Map(pairs).entries()];
					const parts = await readUpload(chunked(body(unique, { name: '訓練.pdf', bytes }), sizes), BOUNDARY);
					expect(parts.fields).toEqual(Object.fromEntries(unique));
					expect(parts.file?.filename).toBe('訓練.pdf');
					expect(parts.file?.type).toBe('application/pdf');
					const got = await collect(parts.file!.stream);
					expect(got.equals(Buffer.from(bytes))).toBe(true);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('reads a form without a file, and skips an empty file input', async () => {
		const withoutFile = await readUpload(chunked(body([['title', 'BCP']], null), [7]), BOUNDARY);
		expect(withoutFile).toEqual({ fields: { title: 'BCP' }, file: null });
		const empty = Buffer.concat([
			Buffer.from(
				`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`
			),
			Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--${BOUNDARY}--\r\n`)
		]);
		expect(await readUpload(chunked(empty, [5]), BOUNDARY)).toEqual({ fields: { title: 'x' }, file: null });
	});

	it('refuses malformed bodies, oversized fields and cut-off files', async () => {
		await expect(readUpload(chunked(Buffer.from('no boundary here'), [4]), BOUNDARY)).rejects.toBeInstanceOf(MultipartError);
		const long = body([['description', 'x'.repeat(5000)]], null);
		await expect(readUpload(chunked(long, [100]), BOUNDARY, { maxFieldBytes: 1000 })).rejects.toMatchObject({ code: 'field_too_large' });
		const full = body([['title', 't']], { name: 'a.pdf', bytes: new Uint8Array(5000).fill(65) });
		const cut = full.subarray(0, full.length - 200);
		const parts = await readUpload(chunked(cut, [333]), BOUNDARY);
		await expect(collect(parts.file!.stream)).rejects.toMatchObject({ code: 'malformed' });
	});

	it('passes on an error of the request stream (the client went away)', async () => {
		const failing = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new Uint8Array(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nab`)));
				controller.error(new Error('aborted'));
			}
		});
		await expect(readUpload(failing, BOUNDARY)).rejects.toThrow('aborted');
	});
});
