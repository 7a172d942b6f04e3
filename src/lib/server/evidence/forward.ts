/**
 * Sends an upload on to PocketBase's upload route as a fresh multipart body
 * — the validated text fields, then the file's bytes as they arrive — with
 * the user's own token. The file is never held whole: it flows from the
 * browser's request to PocketBase, counted against the size limit.
 */
import { randomBytes } from 'node:crypto';
import type PocketBase from 'pocketbase';
import { pocketbaseUrl } from '$lib/server/pocketbase';
import type { UploadedFile } from './multipart';

export class TooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`the file is larger than ${limit} bytes`);
	}
}

export interface StoredRevision {
	evidence: string;
	revision: string;
	number: number;
	name: string;
	size: number;
	mime: string;
	sha256: string;
	/** The link made with the upload, if one was asked for. */
	link: string;
}

export type ForwardResult =
	{ ok: true; value: StoredRevision } | { ok: false; status: number; data: Record<string, { code?: string; message?: string }> };

/** A quoted multipart parameter value, escaped as browsers do. */
function quoted(value: string): string {
	return `"${value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

function body(fields: Record<string, string>, file: UploadedFile, boundary: string, limit: number): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let head = '';
	for (const [name, value] of Object.entries(fields)) {
		head += `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`;
	}
	head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=${quoted(file.filename)}\r\nContent-Type: application/octet-stream\r\n\r\n`;
	const tail = `\r\n--${boundary}--\r\n`;
	const reader = file.stream.getReader();
	let sent = 0;
	let started = false;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!started) {
				started = true;
				controller.enqueue(encoder.encode(head));
				return;
			}
			const { value, done } = await reader.read();
			if (done) {
				controller.enqueue(encoder.encode(tail));
				controller.close();
				return;
			}
			sent += value.byteLength;
			if (sent > limit) {
				await reader.cancel();
				controller.error(new TooLargeError(limit));
				return;
			}
			controller.enqueue(value);
		},
		async cancel(reason) {
			await reader.cancel(reason);
		}
	});
}

/**
 * Rejects with TooLargeError when the file passes `limit` bytes (PocketBase
 * then sees an aborted request and keeps nothing), or with the stream's own
 * error when the browser goes away.
 */
export async function forwardUpload(
	pb: PocketBase,
	fields: Record<string, string>,
	file: UploadedFile,
	limit: number
): Promise<ForwardResult> {
	const boundary = `mamori${randomBytes(12).toString('hex')}`;
	let response: Response;
	try {
		response = await fetch(`${pocketbaseUrl()}/api/mamori/evidence/upload`, {
			method: 'POST',
			headers: { authorization: pb.authStore.token, 'content-type': `multipart/form-data; boundary=${boundary}` },
			body: body(fields, file, boundary, limit),
			duplex: 'half'
		} as RequestInit);
	} catch (error) {
		const cause = (error as { cause?: unknown }).cause;
		throw cause instanceof TooLargeError ? cause : error;
	}
	const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
	if (response.ok) return { ok: true, value: answer as unknown as StoredRevision };
	return { ok: false, status: response.status, data: (answer.data ?? {}) as Record<string, { code?: string; message?: string }> };
}
