/** Registered reports (pb_migrations/1763790000_reports.js). */
import { FISCAL_YEAR, LANGUAGES, SHA256_PATTERN } from './common';
import { file, number, relation, select, text, type CollectionFacts } from './fields';

/** MR-2026-7K3QF2ZD: the year, then 8 characters of RFC 4648 base32 (unanchored, for finding it in text). */
export const REPORT_ID_BODY = 'MR-[0-9]{4}-[A-Z2-7]{8}';
/** The report_id field's pattern. */
export const REPORT_ID_FIELD_PATTERN = `^${REPORT_ID_BODY}$`;
export const REPORT_TYPES = ['selfcheck'] as const;
export const REPORT_STATUSES = ['draft', 'signed'] as const;

export const REPORTS = {
	organisation: relation(1, { required: true }),
	report_id: text(40, { required: true, pattern: REPORT_ID_FIELD_PATTERN }),
	type: select(REPORT_TYPES, { required: true }),
	subject_id: text(50, { required: true }),
	fiscal_year: number(FISCAL_YEAR.min, FISCAL_YEAR.max, { onlyInt: true, required: true }),
	language: select(LANGUAGES, { required: true }),
	status: select(REPORT_STATUSES, { required: true }),
	snapshot_sha256: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	pdf_sha256: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	signature: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	file: file(100_000_000, ['application/pdf']),
	created_by: relation(1)
} satisfies CollectionFacts;
