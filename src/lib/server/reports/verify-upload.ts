/**
 * Verifying a PDF: hash it, find its report ID, ask PocketBase's public
 * verify route for the registration (and whether its HMAC still holds), and
 * — for a member of the organisation — rebuild the snapshot of the report's
 * type now to tell whether the data changed since. verify.ts has the rules.
 * Used by /verify and by `npm run report -- verify`.
 */
import type PocketBase from 'pocketbase';
import { sha256Hex, snapshotSha256 } from '$lib/domain/reports/integrity';
import { isReportType } from '$lib/domain/reports/kinds';
import { verifyReport, type StoredReportRecord, type Verdict } from '$lib/domain/reports/verify';
import { extractReportId } from './extract-id';
import { reportSource } from './sources';

/** What POST /api/mamori/reports/verify answers (pb_hooks/reports.pb.js). */
export interface Registration {
	found: boolean;
	signatureValid?: boolean;
	reportId?: string;
	organisationId?: string;
	organisationName?: string;
	fiscalYear?: number;
	type?: string;
	subjectId?: string;
	language?: string;
	status?: string;
	pdfSha256?: string;
	snapshotSha256?: string;
	created?: string;
}

export interface VerifyResult {
	verdict: Verdict;
	/** SHA-256 of the uploaded bytes (to show to the auditor). */
	pdfSha256: string;
	/** Whether the stored registration's HMAC holds; null when nothing was found. */
	signatureValid: boolean | null;
	registration: Registration;
}

export interface VerifyClients {
	/** Any client: the verify route is public. */
	pb: PocketBase;
	/** A signed-in member, to rebuild the snapshot; null = cannot tell whether the data changed. */
	member: PocketBase | null;
}

function storedRecord(registration: Registration, reportId: string): StoredReportRecord {
	return {
		reportId: registration.reportId ?? reportId,
		pdfSha256: registration.pdfSha256 ?? '',
		snapshotSha256: registration.snapshotSha256 ?? '',
		organisationName: registration.organisationName ?? '',
		fiscalYear: registration.fiscalYear ?? 0,
		type: registration.type ?? '',
		createdAt: registration.created ?? ''
	};
}

async function currentSnapshotSha256(member: PocketBase | null, registration: Registration): Promise<string | null> {
	if (!member || !registration.subjectId || !registration.type || !isReportType(registration.type)) return null;
	try {
		return await snapshotSha256(await reportSource(registration.type).source.load(member, registration.subjectId));
	} catch {
		return null; // not a member, or the subject is gone
	}
}

export interface VerifyDeps {
	/** The stored record for a report ID, or null. */
	findRecord: (reportId: string) => Promise<StoredReportRecord | null>;
	/** SHA-256 of a snapshot of the same data taken now, or null if it cannot be built. */
	currentSnapshotSha256: (record: StoredReportRecord) => Promise<string | null>;
}

/** The verdict for PDF bytes, with the lookups given (tests pass their own). */
export async function verifyUploadedReport(pdf: Uint8Array, deps: VerifyDeps): Promise<{ verdict: Verdict; pdfSha256: string }> {
	const pdfSha256 = await sha256Hex(pdf);
	const reportId = extractReportId(pdf);
	const record = reportId === null ? null : await deps.findRecord(reportId);
	const current = record === null ? null : await deps.currentSnapshotSha256(record);
	return { verdict: verifyReport({ pdfSha256, reportId, record, currentSnapshotSha256: current }), pdfSha256 };
}

/** The verdict for PDF bytes against this server's registrations (/verify and the CLI). */
export async function verifyAgainstServer(pdf: Uint8Array, clients: VerifyClients): Promise<VerifyResult> {
	let registration: Registration = { found: false };
	const { verdict, pdfSha256 } = await verifyUploadedReport(pdf, {
		async findRecord(reportId) {
			registration = await clients.pb.send<Registration>('/api/mamori/reports/verify', { method: 'POST', body: { report_id: reportId } });
			return registration.found ? storedRecord(registration, reportId) : null;
		},
		currentSnapshotSha256: () => currentSnapshotSha256(clients.member, registration)
	});
	return { verdict, pdfSha256, signatureValid: registration.found ? registration.signatureValid === true : null, registration };
}
