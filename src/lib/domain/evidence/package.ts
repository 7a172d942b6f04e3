/**
 * The sealed audit package (監査パッケージ): one ZIP with the self-check
 * report, every evidence file its answers use (the revision current when the
 * report was made) and a manifest. The manifest is a pure function of the
 * report's snapshot, so the report prints the manifest's SHA-256 and the PDF
 * vouches for every file the manifest names. Checking an unpacked package
 * (which files match, differ, are missing or were added) is pure too. Pure.
 */
import { defineSheet, type SheetLanguage, type SheetRow } from '../exports/sheet';
import { sha256HexSync } from '../reports/sha256';
import type { SelfCheckSnapshot, SnapshotEvidence } from '../reports/selfcheck/snapshot';
import { expiryState, periodLabel } from './dates';

export const PACKAGE_FORMAT = 'mamori-audit-package/1';
export const PACKAGE_REPORT_PATH = 'report.pdf';
export const PACKAGE_MANIFEST_JSON = 'manifest.json';
export const PACKAGE_MANIFEST_CSV = 'manifest.csv';

export interface ManifestEntry {
	/** Inside the package, '/'-separated; null for a link (no file). */
	path: string | null;
	evidenceId: string;
	title: string;
	kind: SnapshotEvidence['kind'];
	url: string;
	revision: number | null;
	revisionId: string | null;
	/** The name the file was uploaded with (cleaned by the server). */
	originalName: string | null;
	size: number | null;
	sha256: string | null;
	period: SnapshotEvidence['period'];
	expiresOn: string;
	/** Expired on the day the report was made (Japan time). */
	expired: boolean;
	review: SnapshotEvidence['review'];
	/** The items it is linked to, "<checklist id>/<item id>", in checklist order. */
	links: string[];
}

export interface Manifest {
	format: typeof PACKAGE_FORMAT;
	organisation: { id: string; name: string };
	assessment: { id: string; fiscalYear: number; revision: number; status: string };
	/** When the report's snapshot was read; expiry is judged at this instant. */
	generatedAt: string;
	report: string;
	entries: ManifestEntry[];
}

/** A file name safe in any unpacked folder: no separators, no control or reserved characters, not hidden. */
export function safeFileName(name: string): string {
	const cleaned = Array.from(name.normalize('NFC'))
		.map((c) => (/[\p{Cc}/\\:*?"<>|]/u.test(c) ? '_' : c))
		.join('')
		.replace(/^[.\s]+/, '')
		.trim();
	const cut = Array.from(cleaned).slice(0, 120).join('');
	return cut || 'file';
}

/** Every piece of evidence the snapshot's answers use, once, with the items it is linked to; files get a numbered path. */
export function packageManifest(snapshot: SelfCheckSnapshot): Manifest {
	const byId = new Map<string, { evidence: SnapshotEvidence; links: string[] }>();
	for (const item of snapshot.items) {
		for (const evidence of item.answer.evidence) {
			const found = byId.get(evidence.id) ?? { evidence, links: [] };
			found.links.push(`${item.checklistId}/${item.itemId}`);
			byId.set(evidence.id, found);
		}
	}
	const at = new Date(snapshot.generatedAt);
	let n = 0;
	const entries = [...byId.values()].map(({ evidence: e, links }): ManifestEntry => {
		const revision = e.kind === 'file' ? e.revision : null;
		return {
			path: revision ? `evidence/${String(++n).padStart(3, '0')}-${safeFileName(revision.name)}` : null,
			evidenceId: e.id,
			title: e.title,
			kind: e.kind,
			url: e.url,
			revision: revision?.number ?? null,
			revisionId: revision?.id ?? null,
			originalName: revision?.name ?? null,
			size: revision?.size ?? null,
			sha256: revision?.sha256 ?? null,
			period: e.period,
			expiresOn: e.expiresOn,
			expired: expiryState(e.expiresOn, at) === 'expired',
			review: e.review,
			links
		};
	});
	return {
		format: PACKAGE_FORMAT,
		organisation: { id: snapshot.organisation.id, name: snapshot.organisation.name },
		assessment: {
			id: snapshot.assessment.id,
			fiscalYear: snapshot.assessment.fiscalYear,
			revision: snapshot.assessment.revision,
			status: snapshot.assessment.status
		},
		generatedAt: snapshot.generatedAt,
		report: PACKAGE_REPORT_PATH,
		entries
	};
}

/** manifest.json exactly as the package holds it (the bytes the report's hash covers). */
export function manifestJson(manifest: Manifest): string {
	return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The SHA-256 printed in the report: of manifest.json's UTF-8 bytes. */
export function manifestSha256(snapshot: SelfCheckSnapshot): string {
	return sha256HexSync(manifestJson(packageManifest(snapshot)));
}

export type ReviewLabels = Record<SnapshotEvidence['review'], string>;

export const manifestSheet = defineSheet({
	name: { ja: '証跡一覧', en: 'Evidence' },
	columns: [
		{ key: 'path', header: { ja: 'パッケージ内のパス', en: 'Path in package' }, type: 'text', width: 40 },
		{ key: 'sha256', header: { ja: 'SHA-256', en: 'SHA-256' }, type: 'text', width: 64 },
		{ key: 'size', header: { ja: 'サイズ（バイト）', en: 'Size (bytes)' }, type: 'number' },
		{ key: 'title', header: { ja: '件名', en: 'Title' }, type: 'text', width: 30 },
		{ key: 'revision', header: { ja: '版', en: 'Revision' }, type: 'number' },
		{ key: 'period', header: { ja: '有効期間', en: 'Effective period' }, type: 'text', width: 24 },
		{ key: 'expiresOn', header: { ja: '有効期限', en: 'Expires on' }, type: 'date' },
		{ key: 'expired', header: { ja: '期限切れ', en: 'Expired' }, type: 'boolean' },
		{ key: 'review', header: { ja: '監査人の判定', en: 'Auditor’s verdict' }, type: 'text' },
		{ key: 'links', header: { ja: '紐づく項目', en: 'Linked items' }, type: 'text', width: 30 },
		{ key: 'url', header: { ja: 'リンク先', en: 'Link' }, type: 'text', width: 30 },
		{ key: 'evidenceId', header: { ja: '証跡ID', en: 'Evidence ID' }, type: 'text' }
	]
});

export function manifestSheetRows(
	manifest: Manifest,
	review: ReviewLabels,
	lang: SheetLanguage
): SheetRow<(typeof manifestSheet.columns)[number]['key']>[] {
	return manifest.entries.map((e) => ({
		path: e.path ?? '',
		sha256: e.sha256 ?? '',
		size: e.size,
		title: e.title,
		revision: e.revision,
		period: periodLabel(e.period, lang),
		expiresOn: e.expiresOn || null,
		expired: e.expired,
		review: review[e.review],
		links: e.links.join(' '),
		url: e.url,
		evidenceId: e.evidenceId
	}));
}
