/** A registered report as the list shows it. */
export interface ReportRow {
	id: string;
	report_id: string;
	fiscal_year: number;
	language: 'ja' | 'en';
	status: 'draft' | 'signed';
	pdf_sha256: string;
	created: string;
	expand?: { created_by?: { name: string } };
}
