/**
 * Schema facts of the evidence collections (pb_migrations/17644*), defined
 * once here: the forms' validation and the live-schema comparison use them.
 * What files are accepted, and the default size limit, live in
 * pb_hooks/lib/evidence-config.json, which the PocketBase hooks read too.
 */
import config from '../../../../pb_hooks/lib/evidence-config.json';

export const EVIDENCE_KINDS = ['file', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_LIMITS = {
	title: 200,
	description: 5000,
	owner: 200,
	url: 2000,
	note: 2000,
	originalName: 255
} as const;

export const FISCAL_YEAR_MIN = 2000;
export const FISCAL_YEAR_MAX = 2100;

export interface AcceptedType {
	mime: string;
	family: string;
	extensions: string[];
	preview: string;
}

export const ACCEPTED_TYPES: readonly AcceptedType[] = config.types;
export const DEFAULT_MAX_MEGABYTES: number = config.maxMegabytesDefault;
export const MAX_MEGABYTES_CEILING: number = config.maxMegabytesCeiling;

/** The `accept` attribute of the file input: a hint for the browser's picker; the server decides from the content. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

/** How a revision can be shown in the browser: images and PDFs only, never markup. */
export function previewOf(mime: string): 'image' | 'pdf' | null {
	const preview = ACCEPTED_TYPES.find((t) => t.mime === mime)?.preview;
	return preview === 'image' || preview === 'pdf' ? preview : null;
}

/** The configured limit in bytes from MAMORI_EVIDENCE_MAX_MB (the same rule as pb_hooks/lib/evidence-files.js). */
export function maxUploadBytes(setting: string | undefined): number {
	const mb = Number(setting);
	const chosen = setting && mb > 0 && mb <= MAX_MEGABYTES_CEILING ? mb : DEFAULT_MAX_MEGABYTES;
	return Math.floor(chosen * 1024 * 1024);
}

/** "25 MB", "1.5 MB", "820 KB", "12 bytes". */
export function formatBytes(bytes: number, lang: 'ja' | 'en'): string {
	if (bytes >= 1024 * 1024) return `${Number((bytes / 1048576).toFixed(1))} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return lang === 'ja' ? `${bytes} バイト` : `${bytes} bytes`;
}
