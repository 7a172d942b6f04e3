/**
 * What an EvidencePanel does with JavaScript: link and unlink through
 * …/evidence/links (JSON answers), and upload files dropped on it — each
 * as new evidence, linked in the same transaction — with progress.
 */
import { formatBytes } from '$lib/domain/evidence/facts';
import type { LinkedEvidence } from '$lib/domain/evidence/links';
import type { TargetRef } from '$lib/domain/evidence/targets';
import type { Lang, Messages } from '$lib/i18n';

/** The drag data type of a registered piece of evidence (its id). */
export const EVIDENCE_DRAG_TYPE = 'application/x-mamori-evidence';

export interface LinkAnswer {
	ok: boolean;
	message: string;
	linked?: LinkedEvidence;
}

export async function postLink(action: string, fields: Record<string, string>): Promise<LinkAnswer> {
	try {
		const response = await fetch(action, { method: 'POST', headers: { accept: 'application/json' }, body: new URLSearchParams(fields) });
		return (await response.json()) as LinkAnswer;
	} catch {
		return { ok: false, message: '' };
	}
}

function sendFile(action: string, form: FormData, onProgress: (fraction: number | null) => void): Promise<LinkAnswer & { status: number }> {
	return new Promise((resolve) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', action);
		xhr.setRequestHeader('accept', 'application/json');
		xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
		xhr.onload = () => {
			try {
				resolve({ ...(JSON.parse(xhr.responseText) as LinkAnswer), status: xhr.status });
			} catch {
				resolve({ ok: false, message: '', status: xhr.status });
			}
		};
		xhr.onerror = () => resolve({ ok: false, message: '', status: 0 });
		xhr.send(form);
	});
}

/** A title from a file name: without its extension. */
export const titleOf = (name: string): string => name.replace(/\.[A-Za-z0-9]{1,10}$/, '').slice(0, 200) || name;

export async function dropFiles(
	files: File[],
	options: {
		action: string;
		target: TargetRef;
		fiscalYear: number | null;
		limit: number;
		m: Pick<Messages, 'evidenceLinks' | 'review'> & { evidence: Pick<Messages['evidence'], 'expiry' | 'upload'> };
		lang: Lang;
		onProgress: (text: string) => void;
		onLinked: (linked: LinkedEvidence) => void;
		onMessage: (ok: boolean, text: string) => void;
	}
): Promise<void> {
	const { m, lang } = options;
	for (const file of files) {
		if (file.size > options.limit) {
			options.onMessage(false, m.evidence.upload.tooLarge(formatBytes(file.size, lang), formatBytes(options.limit, lang)));
			continue;
		}
		const form = new FormData();
		form.append('title', titleOf(file.name));
		if (options.fiscalYear) form.append('fiscal_year', String(options.fiscalYear));
		else form.append('effective_from', new Date().toISOString().slice(0, 10));
		form.append('link_type', options.target.type);
		form.append('link_id', options.target.id);
		form.append('link_part', options.target.part);
		form.append('file', file, file.name);
		const answer = await sendFile(options.action, form, (fraction) =>
			options.onProgress(
				fraction === null || fraction >= 1
					? m.evidenceLinks.checkingFile(file.name)
					: m.evidenceLinks.uploadingFile(file.name, Math.round(fraction * 100))
			)
		);
		if (answer.ok && answer.linked) options.onLinked(answer.linked);
		options.onMessage(answer.ok, answer.message || (answer.ok ? m.evidenceLinks.linked : m.evidence.upload.failed));
	}
}
