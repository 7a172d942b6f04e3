/**
 * The registry of report types on the server: for each type, its pure kind
 * (domain/reports/kinds.ts), how to read its snapshot once with the user's
 * own token, and which subjects the Reports page and the CLI offer.
 * Everything else — registration, the progress stream, download, the CLI and
 * /verify — works for every registered type unchanged.
 */
import type PocketBase from 'pocketbase';
import type { ReportKind, ReportType } from '$lib/domain/reports/kinds';
import type { ReportLanguage, ReportStatus } from '$lib/domain/reports/model';
import { acceptanceSheetSource, riskReportSource } from '$lib/server/risks/report-sources';
import { exerciseReportSource, incidentReportSource, planReportSource } from '$lib/server/plans/report-sources';
import { boardReportSource } from './board-source';
import { selfCheckReportSource } from './selfcheck-source';

/** One thing a report can be made of, as the Reports page lists it. */
export interface SubjectOption {
	id: string;
	/** Already in the page's language, e.g. "2026年度 · 第1版 · 署名済み". */
	label: string;
	fiscalYear: number;
	status: ReportStatus;
	/** For types with revisions (the self-check): lets the CLI pick one. */
	revision?: number;
}

export interface ReportSource<S> {
	kind: ReportKind<S>;
	/** Reads everything the report shows, once, as plain JSON (validated by kind.parse). */
	load(pb: PocketBase, subjectId: string): Promise<unknown>;
	/** Subjects of an organisation, newest first. */
	subjects(pb: PocketBase, organisationId: string, language: ReportLanguage): Promise<SubjectOption[]>;
}

/** The registry's view of a source, with its snapshot type hidden. */
export interface RegisteredSource {
	type: ReportType;
	title: Record<ReportLanguage, string>;
	subjects: ReportSource<unknown>['subjects'];
	/** Reads and exports through the one export path (generate.ts). */
	source: ReportSource<unknown>;
}

function register<S>(source: ReportSource<S>): RegisteredSource {
	return {
		type: source.kind.type,
		title: source.kind.title,
		subjects: source.subjects,
		source: source as unknown as ReportSource<unknown>
	};
}

const SOURCES: Record<ReportType, RegisteredSource> = {
	selfcheck: register(selfCheckReportSource),
	risk: register(riskReportSource),
	acceptance: register(acceptanceSheetSource),
	plan: register(planReportSource),
	exercise: register(exerciseReportSource),
	incident_report: register(incidentReportSource),
	board: register(boardReportSource)
};

export function reportSource(type: ReportType): RegisteredSource {
	return SOURCES[type];
}

export function reportSources(): RegisteredSource[] {
	return Object.values(SOURCES);
}
