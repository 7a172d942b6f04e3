/**
 * The app's one export path for the self-check report, used by the web page,
 * the progress stream and the CLI: snapshot once → PDF in the worker →
 * register with hashes and HMAC.
 */
import type PocketBase from 'pocketbase';
import { z } from 'zod';
import type { ReportLanguage } from '$lib/domain/reports/model';
import { exportSelfCheckReport } from './export-selfcheck';
import { registerReport } from './register';
import type { ProgressListener } from './render';
import { loadSelfCheckSnapshot } from './selfcheck-snapshot';

/** What the report form sends: which self-check, in which language. */
export const generateSchema = z.object({ assessment: z.string().regex(/^[a-z0-9]{15}$/), language: z.enum(['ja', 'en']) });

export interface GeneratedReport {
	id: string;
	reportId: string;
	pdf: Uint8Array;
	pages: number;
}

export async function generateSelfCheckReport(
	pb: PocketBase,
	assessmentId: string,
	language: ReportLanguage,
	onProgress?: ProgressListener
): Promise<GeneratedReport> {
	const snapshot = await loadSelfCheckSnapshot(pb, assessmentId);
	const exported = await exportSelfCheckReport(snapshot, { language, onProgress });
	const { id, reportId } = await registerReport(pb, exported, {
		organisation: snapshot.organisation.id,
		subjectId: snapshot.assessment.id,
		language,
		status: snapshot.assessment.status === 'signed' ? 'signed' : 'draft'
	});
	return { id, reportId, pdf: exported.pdf, pages: exported.stats.pages };
}
