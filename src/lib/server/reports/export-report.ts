/**
 * The export path of every report type, as the web app, the CLI, the tests
 * and the benchmark call it: snapshot (read once from the database) →
 * validate → hash → report model → pdfmake document → PDF in the worker
 * thread → hash of the PDF. The caller registers `record` (register.ts) so
 * that the PDF can be verified later (verify-upload.ts), and hands out `pdf`
 * unchanged.
 */
import { newReportId, sha256Hex, snapshotSha256 } from '$lib/domain/reports/integrity';
import type { ReportKind, ReportSubject } from '$lib/domain/reports/kinds';
import type { ReportLanguage, ReportModel } from '$lib/domain/reports/model';
import { reportToPdfSpec } from '$lib/domain/reports/pdf/document';
import type { PdfRenderSpec } from '$lib/domain/reports/pdf/types';
import type { StoredReportRecord } from '$lib/domain/reports/verify';
import { renderInWorker, type ProgressListener, type RenderStats } from './render';

export interface ExportOptions {
	language?: ReportLanguage;
	/** Normally left out: a new random ID (MR-<fiscal year>-XXXXXXXX) is made. */
	reportId?: string;
	onProgress?: ProgressListener;
}

export interface ExportedReport {
	pdf: Uint8Array;
	/** What to store for verification. createdAt = the snapshot's generatedAt. */
	record: StoredReportRecord;
	/** What the report is about (organisation, subject, fiscal year, status). */
	subject: ReportSubject;
	language: ReportLanguage;
	meta: ReportModel['meta'];
	stats: RenderStats;
	/** Milliseconds spent per step (validate+hash, build model, render, hash PDF). */
	timings: { prepareMs: number; buildMs: number; renderMs: number; hashMs: number };
}

interface Prepared {
	spec: PdfRenderSpec | null;
	meta: ReportModel['meta'];
	subject: ReportSubject;
	record: Omit<StoredReportRecord, 'pdfSha256'>;
	prepareMs: number;
	buildMs: number;
}

/**
 * Everything before rendering, in its own function so that the parsed
 * snapshot and the model can be garbage-collected while the worker renders.
 */
async function prepare<S>(kind: ReportKind<S>, snapshotInput: unknown, options: ExportOptions): Promise<Prepared> {
	const t0 = performance.now();
	const snapshot = kind.parse(snapshotInput);
	const hash = await snapshotSha256(snapshot);
	const subject = kind.subject(snapshot);
	const reportId = options.reportId ?? newReportId(subject.fiscalYear);
	const t1 = performance.now();
	const model = kind.build(snapshot, { language: options.language ?? 'ja', reportId, snapshotSha256: hash });
	const spec = reportToPdfSpec(model);
	const t2 = performance.now();
	return {
		spec,
		meta: model.meta,
		subject,
		record: {
			reportId,
			snapshotSha256: hash,
			organisationName: subject.organisationName,
			fiscalYear: subject.fiscalYear,
			type: kind.type,
			createdAt: model.meta.generatedAt
		},
		prepareMs: t1 - t0,
		buildMs: t2 - t1
	};
}

/** Hands the document over without keeping a reference to it here. */
function takeSpec(prepared: Prepared): PdfRenderSpec {
	const spec = prepared.spec;
	prepared.spec = null;
	if (spec === null) throw new Error('the document was already rendered');
	return spec;
}

/** Exports a report of the given type from its snapshot (plain JSON as read from the database). */
export async function exportReport<S>(kind: ReportKind<S>, snapshotInput: unknown, options: ExportOptions = {}): Promise<ExportedReport> {
	const prepared = await prepare(kind, snapshotInput, options);
	const t2 = performance.now();
	const { pdf, stats } = await renderInWorker(takeSpec(prepared), options.onProgress);
	const t3 = performance.now();
	const pdfSha256 = await sha256Hex(pdf);
	const t4 = performance.now();
	return {
		pdf,
		record: { ...prepared.record, pdfSha256 },
		subject: prepared.subject,
		language: options.language ?? 'ja',
		meta: prepared.meta,
		stats,
		timings: { prepareMs: prepared.prepareMs, buildMs: prepared.buildMs, renderMs: t3 - t2, hashMs: t4 - t3 }
	};
}
