import { fail } from '@sveltejs/kit';
import { snapshotSha256 } from '$lib/domain/reports/integrity';
import type { StoredReportRecord } from '$lib/domain/reports/verify';
import { messagesFor } from '$lib/i18n';
import { loadSelfCheckSnapshot } from '$lib/server/reports/selfcheck-snapshot';
import { verifyUploadedReport } from '$lib/server/reports/verify-upload';
import type { Actions } from './$types';

interface Registration {
	found: boolean;
	signatureValid?: boolean;
	reportId?: string;
	organisationName?: string;
	fiscalYear?: number;
	type?: string;
	subjectId?: string;
	pdfSha256?: string;
	snapshotSha256?: string;
	created?: string;
}

const MAX_BYTES = 100 * 1024 * 1024;

/** Anyone may verify a PDF; whether the data changed since is told to members of the organisation. */
export const actions: Actions = {
	default: async ({ request, locals }) => {
		const m = messagesFor(locals.session.lang).reports.verify;
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { error: m.noFile });
		if (file.size > MAX_BYTES) return fail(400, { error: m.notPdf });
		const pdf = new Uint8Array(await file.arrayBuffer());
		if (new TextDecoder().decode(pdf.subarray(0, 5)) !== '%PDF-') return fail(400, { error: m.notPdf });

		const { pb } = locals.session;
		let registration: Registration = { found: false };
		const result = await verifyUploadedReport(pdf, {
			async findRecord(reportId): Promise<StoredReportRecord | null> {
				registration = await pb.send<Registration>('/api/mamori/reports/verify', { method: 'POST', body: { report_id: reportId } });
				if (!registration.found) return null;
				return {
					reportId: registration.reportId ?? reportId,
					pdfSha256: registration.pdfSha256 ?? '',
					snapshotSha256: registration.snapshotSha256 ?? '',
					organisationName: registration.organisationName ?? '',
					fiscalYear: registration.fiscalYear ?? 0,
					type: registration.type ?? '',
					createdAt: registration.created ?? ''
				};
			},
			async currentSnapshotSha256() {
				if (!locals.session.user || !registration.subjectId) return null;
				try {
					return await snapshotSha256(await loadSelfCheckSnapshot(pb, registration.subjectId));
				} catch {
					return null; // not a member, or the self-check is gone
				}
			}
		});
		return { result, fileName: file.name, signatureValid: registration.signatureValid ?? null };
	}
};
