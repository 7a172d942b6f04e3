/**
 * Download responses for SvelteKit `+server.ts` routes: a content-disposition
 * with an ASCII fallback name and the RFC 5987 UTF-8 name (`filename*`), no
 * caching, no type sniffing; and the one spreadsheet download (`?format=xlsx|csv`,
 * `?lang=ja|en`) every spreadsheet export route uses.
 */
import type { Sheet, SheetLanguage } from '$lib/domain/exports/sheet';
import { CSV_CONTENT_TYPE, writeCsv } from './csv';
import { XLSX_CONTENT_TYPE, writeXlsx } from './xlsx';

/** RFC 5987 `value-chars`: everything else is percent-encoded from UTF-8. */
export function rfc5987(value: string): string {
	return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A quoted-string-safe ASCII name: non-ASCII runs, quotes, backslashes, slashes and controls become '_'. */
export function asciiFilename(name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]+|["\\/]/g, '_').replace(/_+/g, '_');
	return ascii.replace(/^[_ ]+(?=.)/, '') || 'download';
}

export function contentDisposition(filename: string, fallback = asciiFilename(filename)): string {
	return `attachment; filename="${asciiFilename(fallback)}"; filename*=UTF-8''${rfc5987(filename)}`;
}

export interface DownloadOptions {
	filename: string;
	/** ASCII name for clients that ignore `filename*`; derived from `filename` when left out. */
	asciiName?: string;
	contentType: string;
}

export function downloadResponse(body: Uint8Array | string, options: DownloadOptions): Response {
	const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': options.contentType,
			'content-length': String(bytes.byteLength),
			'content-disposition': contentDisposition(options.filename, options.asciiName),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}

export type SheetFormat = 'xlsx' | 'csv';

/** `?format=csv` gives CSV, anything else XLSX; `?lang=en` gives English headers, anything else Japanese. */
export function sheetRequest(url: URL): { format: SheetFormat; lang: SheetLanguage } {
	return {
		format: url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx',
		lang: url.searchParams.get('lang') === 'en' ? 'en' : 'ja'
	};
}

/**
 * The workbook as a download: XLSX holds every sheet; CSV holds the first
 * sheet only (a CSV file has one table). `basename` is the file name without extension.
 */
export async function sheetDownload(
	sheets: readonly Sheet[],
	format: SheetFormat,
	basename: string,
	asciiBasename?: string
): Promise<Response> {
	const name = (ext: string) => ({ filename: `${basename}.${ext}`, asciiName: asciiBasename && `${asciiBasename}.${ext}` });
	if (format === 'csv') return downloadResponse(writeCsv(sheets[0]), { ...name('csv'), contentType: CSV_CONTENT_TYPE });
	return downloadResponse(await writeXlsx(sheets), { ...name('xlsx'), contentType: XLSX_CONTENT_TYPE });
}
