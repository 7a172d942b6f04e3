/**
 * Report types. A report type is a pure `ReportKind`: it parses its snapshot
 * (plain JSON read once from the database), says what the report is about
 * (organisation, subject, fiscal year, status — what the registration
 * stores and signs) and builds the renderer-independent `ReportModel`.
 * The server side (src/lib/server/reports/sources.ts) adds how to read the
 * snapshot and which subjects the Reports page offers.
 *
 * Adding a report type: append its name to REPORT_TYPES (and, in a migration,
 * to the `reports.type` select values), write its kind next to its builder
 * (e.g. ./risk/kind.ts) and register its source in server/reports/sources.ts.
 */
import type { ReportLanguage, ReportModel, ReportStatus } from './model';

/** Machine names of the report types, as stored in `reports.type`. */
export const REPORT_TYPES = ['selfcheck', 'risk', 'acceptance', 'plan', 'exercise', 'incident_report', 'board'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/**
 * What a person calls each report type (ja/en): the one source for the
 * kinds' titles, the Reports page, the CLI and the audit trail.
 */
export const REPORT_TYPE_TITLES: Record<ReportType, Record<ReportLanguage, string>> = {
	selfcheck: { ja: '自己検証報告書', en: 'Self-check report' },
	risk: { ja: 'リスク管理報告書', en: 'Risk management report' },
	acceptance: { ja: 'リスク受容書', en: 'Risk acceptance sheet' },
	plan: { ja: '計画報告書（BCP・コンティンジェンシープラン）', en: 'Plan report (BCP and contingency plan)' },
	exercise: { ja: '演習報告書', en: 'Exercise report' },
	incident_report: { ja: '情報連絡（下書き）', en: 'Information report (draft)' },
	board: { ja: '経営層向け報告書', en: 'Board report' }
};

export function isReportType(value: string): value is ReportType {
	return (REPORT_TYPES as readonly string[]).includes(value);
}

/** What a report is about: stored with the registration and covered by its HMAC. */
export interface ReportSubject {
	organisationId: string;
	organisationName: string;
	/** The record the report is built from (an assessment, a plan version, …). */
	subjectId: string;
	fiscalYear: number;
	/** 'signed' only when the content the report shows was signed off. */
	status: ReportStatus;
}

export interface BuildOptions {
	language: ReportLanguage;
	/** From integrity.ts#newReportId, stored with the report. */
	reportId: string;
	/** From integrity.ts#snapshotSha256(snapshot). */
	snapshotSha256: string;
}

export interface ReportKind<Snapshot> {
	type: ReportType;
	/** The report type's name, for the Reports page and the list (REPORT_TYPE_TITLES[type]). */
	title: Record<ReportLanguage, string>;
	/** Validates a snapshot (throws a zod error naming the field). */
	parse(input: unknown): Snapshot;
	subject(snapshot: Snapshot): ReportSubject;
	build(snapshot: Snapshot, options: BuildOptions): ReportModel;
}
