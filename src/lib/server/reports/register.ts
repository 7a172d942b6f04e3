/**
 * Registering an exported report in PocketBase: the record carries the report
 * ID, both hashes and an HMAC made with the server's report key, and the PDF
 * itself (protected file). pb_hooks/reports.pb.js refuses a registration whose
 * HMAC does not match, so only this server can register reports.
 */
import { createHmac } from 'node:crypto';
import type PocketBase from 'pocketbase';
import type { ExportedReport } from './export-selfcheck';

export interface ReportRegistration {
	organisation: string;
	subjectId: string;
	language: 'ja' | 'en';
	status: 'draft' | 'signed';
}

export function reportKey(): string {
	const key = process.env.MAMORI_REPORT_KEY;
	if (!key) throw new Error('MAMORI_REPORT_KEY is not set: start mamori with `npm start`, which provides it');
	return key;
}

export function reportSignature(
	fields: { reportId: string; organisation: string; subjectId: string; snapshotSha256: string; pdfSha256: string },
	key = reportKey()
): string {
	const message = [fields.reportId, fields.organisation, fields.subjectId, fields.snapshotSha256, fields.pdfSha256].join('|');
	return createHmac('sha256', key).update(message).digest('hex');
}

export async function registerReport(
	pb: PocketBase,
	exported: ExportedReport,
	registration: ReportRegistration
): Promise<{ id: string; reportId: string }> {
	const { record } = exported;
	const form = new FormData();
	const fields: Record<string, string> = {
		organisation: registration.organisation,
		report_id: record.reportId,
		type: 'selfcheck',
		subject_id: registration.subjectId,
		fiscal_year: String(record.fiscalYear),
		language: registration.language,
		status: registration.status,
		snapshot_sha256: record.snapshotSha256,
		pdf_sha256: record.pdfSha256,
		signature: reportSignature({ ...record, organisation: registration.organisation, subjectId: registration.subjectId })
	};
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	form.append('file', new Blob([exported.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), `${record.reportId}.pdf`);
	const created = await pb.collection('reports').create(form);
	return { id: created.id, reportId: record.reportId };
}
