/**
 * The app's one way to produce a report of any registered type, used by the
 * web page, the progress stream and the CLI: snapshot once → PDF in the
 * worker → register with hashes and HMAC.
 */
import type PocketBase from 'pocketbase';
import { z } from 'zod';
import { REPORT_TYPES, type ReportType } from '$lib/domain/reports/kinds';
import { REPORT_LANGUAGES, type ReportLanguage } from '$lib/domain/reports/model';
import { exportReport } from './export-report';
import { registerReport } from './register';
import type { ProgressListener } from './render';
import { reportSource } from './sources';

/** What the report form sends: which type, which subject (a record id), which language. */
export const generateSchema = z.object({
	type: z.enum(REPORT_TYPES),
	subject: z.string().regex(/^[a-z0-9]{15}$/),
	language: z.enum(REPORT_LANGUAGES)
});

/** The form's one select carries "type:subject" so that it works without JavaScript. */
export const generateFormSchema = z
	.object({ target: z.string().regex(/^[a-z][a-z_]*:[a-z0-9]{15}$/), language: z.enum(REPORT_LANGUAGES) })
	.transform(({ target, language }, ctx) => {
		const [type, subject] = target.split(':');
		const parsed = generateSchema.safeParse({ type, subject, language });
		if (!parsed.success) {
			ctx.addIssue({ code: 'custom', message: 'unknown report type', path: ['target'] });
			return z.NEVER;
		}
		return parsed.data;
	});

export interface GenerateRequest {
	type: ReportType;
	subjectId: string;
	language: ReportLanguage;
	onProgress?: ProgressListener;
}

export interface GeneratedReport {
	id: string;
	reportId: string;
	pdf: Uint8Array;
	pages: number;
}

export async function generateReport(pb: PocketBase, request: GenerateRequest): Promise<GeneratedReport> {
	const { source } = reportSource(request.type);
	const snapshot = await source.load(pb, request.subjectId);
	const exported = await exportReport(source.kind, snapshot, { language: request.language, onProgress: request.onProgress });
	const { id, reportId } = await registerReport(pb, exported);
	return { id, reportId, pdf: exported.pdf, pages: exported.stats.pages };
}
