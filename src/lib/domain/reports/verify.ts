/**
 * The verdict for an uploaded report PDF. Pure: the caller hashes the bytes,
 * extracts the ID (server/reports/extract-id.ts), loads the stored record and
 * recomputes the current snapshot hash.
 */

/** What mamori stores for every exported report. */
export interface StoredReportRecord {
	reportId: string;
	/** SHA-256 (hex) of the exact PDF bytes handed out. */
	pdfSha256: string;
	/** SHA-256 (hex) of the canonical snapshot the report was built from. */
	snapshotSha256: string;
	organisationName: string;
	fiscalYear: number;
	type: string;
	/** ISO instant. */
	createdAt: string;
}

export interface VerifyInput {
	/** SHA-256 (hex) of the uploaded bytes. */
	pdfSha256: string;
	/** The mamori report ID found in the file, or null. */
	reportId: string | null;
	/** The stored record for that ID, or null when there is none. */
	record: StoredReportRecord | null;
	/**
	 * SHA-256 of a snapshot taken now from the same source, or null when it
	 * cannot be rebuilt (e.g. the assessment was deleted).
	 */
	currentSnapshotSha256: string | null;
}

export type Verdict =
	| { verdict: 'unknown' }
	| { verdict: 'not-found'; reportId: string }
	| { verdict: 'tampered'; reportId: string; record: StoredReportRecord }
	| {
			verdict: 'authentic';
			reportId: string;
			record: StoredReportRecord;
			/** true when today's data differs from the snapshot the report shows. null = cannot tell. */
			dataChanged: boolean | null;
	  };

const sameHash = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function verifyReport(input: VerifyInput): Verdict {
	const { reportId, record } = input;
	if (reportId === null) return { verdict: 'unknown' };
	if (record === null || record.reportId !== reportId) return { verdict: 'not-found', reportId };
	if (!sameHash(input.pdfSha256, record.pdfSha256)) return { verdict: 'tampered', reportId, record };
	const dataChanged = input.currentSnapshotSha256 === null ? null : !sameHash(input.currentSnapshotSha256, record.snapshotSha256);
	return { verdict: 'authentic', reportId, record, dataChanged };
}
