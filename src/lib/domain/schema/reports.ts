/** Registered reports (pb_migrations/1763790000_reports.js). */
import { REPORT_TYPES } from '../reports/kinds';
import { REPORT_LANGUAGES, REPORT_STATUSES } from '../reports/model';
import { FISCAL_YEAR, SHA256_PATTERN } from './common';
import { file, number, relation, select, text, type CollectionFacts } from './fields';

/** MR-2026-7K3QF2ZD: the year, then 8 characters of RFC 4648 base32 (unanchored, for finding it in text). */
export const REPORT_ID_BODY = 'MR-[0-9]{4}-[A-Z2-7]{8}';
/** The report_id field's pattern. */
export const REPORT_ID_FIELD_PATTERN = `^${REPORT_ID_BODY}$`;
export { REPORT_STATUSES, REPORT_TYPES };

export const REPORTS = {
	organisation: relation(1, { required: true }),
	report_id: text(40, { required: true, pattern: REPORT_ID_FIELD_PATTERN }),
	type: select(REPORT_TYPES, { required: true }),
	subject_id: text(50, { required: true }),
	fiscal_year: number(FISCAL_YEAR.min, FISCAL_YEAR.max, { onlyInt: true, required: true }),
	language: select(REPORT_LANGUAGES, { required: true }),
	status: select(REPORT_STATUSES, { required: true }),
	snapshot_sha256: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	pdf_sha256: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	signature: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	/** The HMAC message format (pb_hooks/lib/report-signature.json); none = format 1. */
	signature_version: number(1, 99, { onlyInt: true }),
	file: file(100_000_000, ['application/pdf']),
	created_by: relation(1)
} satisfies CollectionFacts;
