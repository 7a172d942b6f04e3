/** The self-check report through the one export path (export-report.ts); used by tests and the benchmark. */
import { selfCheckReportKind } from '$lib/domain/reports/selfcheck/kind';
import { exportReport, type ExportedReport, type ExportOptions } from './export-report';

export type { ExportedReport, ExportOptions };

export function exportSelfCheckReport(snapshotInput: unknown, options: ExportOptions = {}): Promise<ExportedReport> {
	return exportReport(selfCheckReportKind, snapshotInput, options);
}
