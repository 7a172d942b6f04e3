/**
 * A streaming reader of multipart/form-data uploads: the text fields that
 * come before the file are read (each bounded), then the file's bytes are
 * handed on as a stream without ever holding the whole file. Forms put the
 * file input last, so everything a person typed is known before the file
 * arrives and can be validated — and shown again — whatever happens to it.
 */

export class MultipartError extends Error {
	constructor(
		readonly code: 'malformed' | 'field_too_large' | 'too_many_fields',
		message: string
	) {
		super(message);
	}
}

export interface UploadedFile {
	field: string;
	/** The name the browser sent (the PocketBase hook cleans it). */
	filename: string;
	type: string;
	/** The file's bytes, ending where the part ends. */
	stream: ReadableStream<Uint8Array>;
}

export interface UploadParts {
	fields: Record<string, string>;
	file: UploadedFile | null;
}

export interface ReadOptions {
	maxFieldBytes?: number;
	maxFields?: number;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 16 * 1024;

export function boundaryOf(contentType: string | null): string | null {
	if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
	const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	const boundary = match?.[1] ?? match?.[2] ?? '';
	return boundary.length > 0 && boundary.length <= 200 ? boundary : null;
}

function parseHeaders(raw: string): { name: string; filename: string | null; type: string } {
	let name = '';
	let filename: string | null = null;
	let type = '';
	for (const line of raw.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon < 0) continue;
		const key = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		if (key === 'content-type') type = value;
		if (key !== 'content-disposition') continue;
		name = /\bname="([^"]*)"/i.exec(value)?.[1] ?? '';
		const star = /\bfilename\*=UTF-8''([^;]+)/i.exec(value)?.[1];
		const plain = /\bfilename="([^"]*)"/i.exec(value)?.[1];
		if (star !== undefined) filename = decodeURIComponent(star);
		else if (plain !== undefined) filename = plain.replace(/%22/g, '"');
	}
	return { name, filename, type };
}

/** Pulls bytes from a stream into one growing buffer. */
class Source {
	buffer = Buffer.alloc(0);
	done = false;
	constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

	async more(): Promise<boolean> {
		if (this.done) return false;
		const { value, done } = await this.reader.read();
		if (done) {
			this.done = true;
			return false;
		}
		this.buffer = this.buffer.length ? Buffer.concat([this.buffer, value]) : Buffer.from(value);
		return true;
	}

	/** Waits until `needle` is in the buffer; its index, or -1 at the end of input or past `limit` bytes. */
	async find(needle: Buffer, limit: number): Promise<number> {
		for (;;) {
			const at = this.buffer.indexOf(needle);
			if (at >= 0) return at;
			if (this.buffer.length > limit + needle.length) return -1;
			if (!(await this.more())) return -1;
		}
	}

	async atLeast(n: number): Promise<boolean> {
		while (this.buffer.length < n) if (!(await this.more())) return false;
		return true;
	}

	take(n: number): Buffer {
		const head = this.buffer.subarray(0, n);
		this.buffer = this.buffer.subarray(n);
		return head;
	}

	/**
	 * Reads and drops the rest of the body. A request is drained rather than
	 * cancelled: cancelling destroys the connection, and the browser would
	 * see a reset instead of the answer that says what went wrong.
	 */
	async drain(): Promise<void> {
		this.buffer = Buffer.alloc(0);
		try {
			while (!this.done) {
				const { done } = await this.reader.read();
				if (done) this.done = true;
			}
		} catch {
			this.done = true;
		}
	}
}

/** After a delimiter: "--" ends the body, CRLF starts the next part. */
async function afterDelimiter(source: Source): Promise<'next' | 'end'> {
	if (!(await source.atLeast(2))) throw new MultipartError('malformed', 'The upload ended early.');
	const two = source.take(2).toString('latin1');
	if (two === '--') return 'end';
	if (two === '\r\n') return 'next';
	throw new MultipartError('malformed', 'The upload is not valid form data.');
}

/** The file part's bytes as a stream that stops at the closing delimiter. */
function fileStream(source: Source, delimiter: Buffer): ReadableStream<Uint8Array> {
	let finished = false;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				for (;;) {
					const at = source.buffer.indexOf(delimiter);
					if (at >= 0) {
						if (at > 0) controller.enqueue(new Uint8Array(source.take(at)));
						source.take(delimiter.length);
						finished = true;
						controller.close();
						await source.drain();
						return;
					}
					// keep enough bytes to recognise a delimiter split across chunks
					const safe = source.buffer.length - delimiter.length;
					if (safe > 0) {
						controller.enqueue(new Uint8Array(source.take(safe)));
						return;
					}
					if (!(await source.more())) throw new MultipartError('malformed', 'The upload ended before the file was complete.');
				}
			} catch (error) {
				controller.error(error);
			}
		},
		async cancel() {
			if (!finished) await source.drain();
		}
	});
}

/**
 * Reads the text fields up to the first file part. A file input left empty
 * (filename="") is skipped. Rejects with MultipartError for malformed input;
 * a stream error (client gone, body too large) rejects with that error.
 */
export async function readUpload(body: ReadableStream<Uint8Array>, boundary: string, options: ReadOptions = {}): Promise<UploadParts> {
	const maxFieldBytes = options.maxFieldBytes ?? 64 * 1024;
	const maxFields = options.maxFields ?? 50;
	const source = new Source(body.getReader());
	const dash = Buffer.from(`--${boundary}`);
	const delimiter = Buffer.concat([CRLF, dash]);
	const fields: Record<string, string> = {};
	try {
		const first = await source.find(dash, MAX_HEADER_BYTES);
		if (first < 0) throw new MultipartError('malformed', 'The upload is not valid form data.');
		source.take(first + dash.length);
		let count = 0;
		while ((await afterDelimiter(source)) === 'next') {
			if (++count > maxFields) throw new MultipartError('too_many_fields', 'The form has too many fields.');
			const end = await source.find(HEADER_END, MAX_HEADER_BYTES);
			if (end < 0) throw new MultipartError('malformed', 'A form field has no header.');
			const headers = parseHeaders(source.take(end).toString('utf8'));
			source.take(HEADER_END.length);
			if (headers.filename !== null && headers.filename !== '') {
				return {
					fields,
					file: { field: headers.name, filename: headers.filename, type: headers.type, stream: fileStream(source, delimiter) }
				};
			}
			const stop = await source.find(delimiter, maxFieldBytes);
			if (stop < 0) {
				if (source.done) throw new MultipartError('malformed', 'The upload ended early.');
				throw new MultipartError('field_too_large', `The field "${headers.name}" is too long.`);
			}
			const value = source.take(stop).toString('utf8');
			source.take(delimiter.length);
			if (headers.filename === null && headers.name) fields[headers.name] = value;
		}
		await source.drain();
		return { fields, file: null };
	} catch (error) {
		await source.drain();
		throw error;
	}
}
