/**
 * Verifying an uploaded PDF: hash it, find its report ID, look the ID up,
 * and compare with a snapshot taken now (verify.ts has the rules).
 */
import { sha256Hex } from '$lib/domain/reports/integrity';
import { verifyReport, type StoredReportRecord, type Verdict } from '$lib/domain/reports/verify';
import { extractReportId } from './extract-id';

export interface VerifyDeps {
	/** The stored record for a report ID, or null. */
	findRecord: (reportId: string) => Promise<StoredReportRecord | null>;
	/**
	 * SHA-256 of a snapshot of the same data taken now (integrity.ts#snapshotSha256
	 * over the same snapshot builder used for the export), or null if it cannot be built.
	 */
	currentSnapshotSha256: (record: StoredReportRecord) => Promise<string | null>;
}

export interface VerifyResult {
	verdict: Verdict;
	/** SHA-256 of the uploaded bytes (to show to the auditor). */
	pdfSha256: string;
}

export async function verifyUploadedReport(pdf: Uint8Array, deps: VerifyDeps): Promise<VerifyResult> {
	const pdfSha256 = await sha256Hex(pdf);
	const reportId = extractReportId(pdf);
	const record = reportId === null ? null : await deps.findRecord(reportId);
	const current = record === null ? null : await deps.currentSnapshotSha256(record);
	return { verdict: verifyReport({ pdfSha256, reportId, record, currentSnapshotSha256: current }), pdfSha256 };
}
