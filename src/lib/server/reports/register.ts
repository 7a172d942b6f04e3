/**
 * Registering an exported report in PocketBase: the record carries the report
 * ID, type, subject, fiscal year, language, status, both hashes and an HMAC
 * over all of them made with the server's report key (message format:
 * domain/reports/signature.ts), plus the PDF itself (protected file).
 * pb_hooks/reports.pb.js recomputes the HMAC and refuses a registration that
 * does not match, so only this server can register reports.
 */
import { createHmac } from 'node:crypto';
import type PocketBase from 'pocketbase';
import { signatureMessage, type RegistrationFields } from '$lib/domain/reports/signature';
import type { ExportedReport } from './export-report';

export function reportKey(): string {
	const key = process.env.MAMORI_REPORT_KEY;
	if (!key) throw new Error('MAMORI_REPORT_KEY is not set: start mamori with `npm start`, which provides it');
	return key;
}

export function reportSignature(fields: RegistrationFields, key = reportKey()): string {
	return createHmac('sha256', key).update(signatureMessage(fields)).digest('hex');
}

/** The registration fields of an exported report. */
export function registrationFields(exported: ExportedReport): RegistrationFields {
	const { record, subject } = exported;
	return {
		report_id: record.reportId,
		type: record.type,
		organisation: subject.organisationId,
		subject_id: subject.subjectId,
		fiscal_year: subject.fiscalYear,
		language: exported.language,
		status: subject.status,
		snapshot_sha256: record.snapshotSha256,
		pdf_sha256: record.pdfSha256
	};
}

export async function registerReport(pb: PocketBase, exported: ExportedReport): Promise<{ id: string; reportId: string }> {
	const fields = registrationFields(exported);
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	form.append('signature', reportSignature(fields));
	form.append('file', new Blob([exported.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), `${fields.report_id}.pdf`);
	const created = await pb.collection('reports').create(form);
	return { id: created.id, reportId: fields.report_id };
}
