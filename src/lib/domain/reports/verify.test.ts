import { describe, expect, it } from 'vitest';
import { verifyReport, type StoredReportRecord } from './verify';

const record: StoredReportRecord = {
	reportId: 'MR-2026-ABCDEFGH',
	pdfSha256: 'a'.repeat(64),
	snapshotSha256: 'b'.repeat(64),
	organisationName: '東都電力株式会社',
	fiscalYear: 2026,
	type: 'selfcheck',
	createdAt: '2026-11-22T01:30:00Z'
};

describe('verifyReport', () => {
	it('is unknown when the file carries no mamori report ID', () => {
		expect(verifyReport({ pdfSha256: 'c'.repeat(64), reportId: null, record: null, currentSnapshotSha256: null })).toEqual({
			verdict: 'unknown'
		});
	});

	it('is not-found when the ID is not in our records', () => {
		expect(verifyReport({ pdfSha256: 'a'.repeat(64), reportId: 'MR-2026-ZZZZZZZZ', record: null, currentSnapshotSha256: null })).toEqual({
			verdict: 'not-found',
			reportId: 'MR-2026-ZZZZZZZZ'
		});
		// a record for another ID is not a match either
		expect(verifyReport({ pdfSha256: 'a'.repeat(64), reportId: 'MR-2026-ZZZZZZZZ', record, currentSnapshotSha256: null }).verdict).toBe(
			'not-found'
		);
	});

	it('is tampered when the ID is known but the bytes differ', () => {
		const v = verifyReport({ pdfSha256: 'd'.repeat(64), reportId: record.reportId, record, currentSnapshotSha256: record.snapshotSha256 });
		expect(v).toEqual({ verdict: 'tampered', reportId: record.reportId, record });
	});

	it('is authentic, with or without data changes since', () => {
		const same = verifyReport({ pdfSha256: 'A'.repeat(64), reportId: record.reportId, record, currentSnapshotSha256: 'b'.repeat(64) });
		expect(same).toEqual({ verdict: 'authentic', reportId: record.reportId, record, dataChanged: false });
		const changed = verifyReport({ pdfSha256: 'a'.repeat(64), reportId: record.reportId, record, currentSnapshotSha256: 'e'.repeat(64) });
		expect(changed).toMatchObject({ verdict: 'authentic', dataChanged: true });
		const gone = verifyReport({ pdfSha256: 'a'.repeat(64), reportId: record.reportId, record, currentSnapshotSha256: null });
		expect(gone).toMatchObject({ verdict: 'authentic', dataChanged: null });
	});
});
