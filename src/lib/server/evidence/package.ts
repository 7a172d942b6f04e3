/**
 * The sealed audit package, streamed: the self-check report is made and
 * registered like any report (from ONE snapshot), then the ZIP is written
 * as the browser reads it — report.pdf, manifest.json (the bytes whose
 * SHA-256 the report prints), manifest.csv, then each evidence file of the
 * revision the snapshot names, fetched from PocketBase with the user's own
 * token one at a time and passed through. Entries are stored, not
 * compressed, so the ZIP's size is known before the first byte (the browser
 * shows real progress) and memory stays flat whatever the evidence weighs.
 * Each file is hashed on the way; one whose bytes no longer match its
 * recorded SHA-256 breaks the download instead of being packaged.
 */
import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type PocketBase from 'pocketbase';
import yazl from 'yazl';
import {
	manifestJson,
	manifestSheet,
	manifestSheetRows,
	packageManifest,
	PACKAGE_MANIFEST_CSV,
	PACKAGE_MANIFEST_JSON,
	PACKAGE_REPORT_PATH,
	type Manifest
} from '$lib/domain/evidence/package';
import { buildSheet } from '$lib/domain/exports/sheet';
import type { ReportLanguage } from '$lib/domain/reports/model';
import { selfCheckReportKind } from '$lib/domain/reports/selfcheck/kind';
import { messagesFor } from '$lib/i18n';
import { writeCsv } from '$lib/server/exports/csv';
import { exportReport } from '$lib/server/reports/export-report';
import { registerReport } from '$lib/server/reports/register';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import type { RevisionRecord } from './records';

export interface AuditPackage {
	reportId: string;
	fileName: string;
	/** Bytes of the whole ZIP. */
	size: number;
	manifest: Manifest;
	stream: Readable;
}

/** Passes bytes through, and fails at the end when their SHA-256 is not the expected one. */
function checkedAgainst(expected: string, path: string): Transform {
	const hash = createHash('sha256');
	return new Transform({
		transform(chunk: Buffer, _encoding, callback: TransformCallback) {
			hash.update(chunk);
			callback(null, chunk);
		},
		flush(callback: TransformCallback) {
			const actual = hash.digest('hex');
			callback(actual === expected ? null : new Error(`${path}: the stored file's SHA-256 is ${actual}, not ${expected}`));
		}
	});
}

async function revisionsOf(pb: PocketBase, ids: string[]): Promise<Map<string, RevisionRecord>> {
	const out = new Map<string, RevisionRecord>();
	for (let i = 0; i < ids.length; i += 50) {
		const part = ids.slice(i, i + 50);
		const filter = part.map((id, k) => pb.filter(`id = {:r${k}}`, { [`r${k}`]: id })).join(' || ');
		for (const r of await pb.collection('evidence_revisions').getFullList<RevisionRecord>({ filter })) out.set(r.id, r);
	}
	return out;
}

/** Opens one stored file as a Node stream (a fresh short-lived file token for each, however long the package takes). */
async function openFile(pb: PocketBase, record: RevisionRecord, signal?: AbortSignal): Promise<Readable> {
	const token = await pb.files.getToken();
	const response = await fetch(pb.files.getURL(record, record.file, { token }), { signal });
	if (!response.ok || !response.body) throw new Error(`evidence file ${record.id} could not be read (${response.status})`);
	return Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
}

export async function auditPackage(
	pb: PocketBase,
	assessmentId: string,
	language: ReportLanguage,
	signal?: AbortSignal
): Promise<AuditPackage> {
	const snapshot = selfCheckReportKind.parse(await loadSelfCheckSnapshot(pb, assessmentId));
	const manifest = packageManifest(snapshot);
	const files = manifest.entries.filter((e) => e.path !== null && e.revisionId !== null && e.sha256 !== null);
	const revisions = await revisionsOf(
		pb,
		files.map((e) => e.revisionId as string)
	);
	const missing = files.find((e) => !revisions.has(e.revisionId as string));
	if (missing) throw new Error(`revision ${missing.revisionId} of evidence ${missing.evidenceId} could not be read`);

	const exported = await exportReport(selfCheckReportKind, snapshot, { language });
	const { reportId } = await registerReport(pb, exported);
	const json = Buffer.from(manifestJson(manifest), 'utf8');
	const labels = messagesFor(language).review.states;
	const csv = writeCsv(buildSheet(manifestSheet, manifestSheetRows(manifest, labels, language), language));

	const zip = new yazl.ZipFile();
	const output = zip.outputStream as Readable;
	// yazl does not watch its input streams: an error in one (a file gone, a hash that differs)
	// ends the download as a failure, never as a short ZIP
	const abort = (err: Error) => output.destroy(err);
	zip.on('error', abort);
	const mtime = new Date(snapshot.generatedAt);
	const stored = { compress: false, mtime };
	zip.addBuffer(Buffer.from(exported.pdf), PACKAGE_REPORT_PATH, stored);
	zip.addBuffer(json, PACKAGE_MANIFEST_JSON, stored);
	zip.addBuffer(csv, PACKAGE_MANIFEST_CSV, stored);
	for (const entry of files) {
		const record = revisions.get(entry.revisionId as string) as RevisionRecord;
		zip.addReadStreamLazy(entry.path as string, { ...stored, size: record.size }, (callback) => {
			openFile(pb, record, signal).then(
				(stream) => {
					const checked = checkedAgainst(entry.sha256 as string, entry.path as string);
					stream.on('error', (err) => checked.destroy(err));
					checked.on('error', abort);
					callback(null, stream.pipe(checked));
				},
				(err: Error) => callback(err, undefined as unknown as Readable)
			);
		});
	}
	const size = await new Promise<number>((resolve) =>
		zip.end({ forceZip64Format: false, comment: '' }, ((total: number) => resolve(total)) as () => void)
	);
	return { reportId, fileName: `mamori-audit-package-${reportId}.zip`, size, manifest, stream: output };
}
