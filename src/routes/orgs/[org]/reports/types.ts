import type { ReportType } from '$lib/domain/reports/kinds';

/** A registered report as the list shows it. */
export interface ReportRow {
	id: string;
	report_id: string;
	type: ReportType;
	fiscal_year: number;
	language: 'ja' | 'en';
	status: 'draft' | 'signed';
	pdf_sha256: string;
	created: string;
	expand?: { created_by?: { name: string } };
}

/** The subjects of one report type, for the form's option group. */
export interface SubjectGroup {
	type: ReportType;
	title: string;
	subjects: { id: string; label: string }[];
}
