/**
 * The self-check export path, as the web app and the CLI call it:
 * snapshot (read once from the database) → validate → hash → report model →
 * pdfmake document → PDF in the worker thread → hash of the PDF. The caller
 * stores `record` (reportId, pdfSha256, snapshotSha256…) so that the PDF can
 * be verified later (verify-upload.ts), and hands out `pdf` unchanged.
 */
import type { ReportLanguage, ReportModel } from '$lib/domain/reports/model';
import { newReportId, sha256Hex, snapshotSha256 } from '$lib/domain/reports/integrity';
import { reportToPdfSpec } from '$lib/domain/reports/pdf/document';
import type { PdfRenderSpec } from '$lib/domain/reports/pdf/types';
import { buildSelfCheckReport, SELFCHECK_REPORT_TYPE } from '$lib/domain/reports/selfcheck/build';
import { parseSelfCheckSnapshot } from '$lib/domain/reports/selfcheck/snapshot';
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
	meta: ReportModel['meta'];
	stats: RenderStats;
	/** Milliseconds spent per step (validate+hash, build model, render, hash PDF). */
	timings: { prepareMs: number; buildMs: number; renderMs: number; hashMs: number };
}

interface Prepared {
	spec: PdfRenderSpec | null;
	meta: ReportModel['meta'];
	record: Omit<StoredReportRecord, 'pdfSha256'>;
	prepareMs: number;
	buildMs: number;
}

/**
 * Everything before rendering, in its own function so that the parsed
 * snapshot and the model can be garbage-collected while the worker renders.
 */
async function prepare(snapshotInput: unknown, options: ExportOptions): Promise<Prepared> {
	const t0 = performance.now();
	const snapshot = parseSelfCheckSnapshot(snapshotInput);
	const snapshotHash = await snapshotSha256(snapshot);
	const reportId = options.reportId ?? newReportId(snapshot.assessment.fiscalYear);
	const t1 = performance.now();
	const model = buildSelfCheckReport(snapshot, { language: options.language ?? 'ja', reportId, snapshotSha256: snapshotHash });
	const spec = reportToPdfSpec(model);
	const t2 = performance.now();
	return {
		spec,
		meta: model.meta,
		record: {
			reportId,
			snapshotSha256: snapshotHash,
			organisationName: snapshot.organisation.name,
			fiscalYear: snapshot.assessment.fiscalYear,
			type: SELFCHECK_REPORT_TYPE,
			createdAt: snapshot.generatedAt
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

/** Exports a self-check report from a snapshot (plain JSON as read from the database). */
export async function exportSelfCheckReport(snapshotInput: unknown, options: ExportOptions = {}): Promise<ExportedReport> {
	const prepared = await prepare(snapshotInput, options);
	const t2 = performance.now();
	const { pdf, stats } = await renderInWorker(takeSpec(prepared), options.onProgress);
	const t3 = performance.now();
	const pdfSha256 = await sha256Hex(pdf);
	const t4 = performance.now();
	return {
		pdf,
		record: { ...prepared.record, pdfSha256 },
		meta: prepared.meta,
		stats,
		timings: { prepareMs: prepared.prepareMs, buildMs: prepared.buildMs, renderMs: t3 - t2, hashMs: t4 - t3 }
	};
}
