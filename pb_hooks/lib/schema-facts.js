// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * The schema facts the hooks check themselves, copied from the one
 * definition in src/lib/domain/schema (TypeScript the JSVM cannot load).
 * src/lib/domain/schema/hooks-copy.test.ts fails when the two differ.
 */
const FISCAL_YEAR = { min: 2000, max: 2100 };
const REPORT_ID_FIELD_PATTERN = '^MR-[0-9]{4}-[A-Z2-7]{8}$';
/** Longest text the hooks write themselves (audit_grants.note, evidence_revisions.note). */
const AUDIT_GRANTS = { note: 2000 };
const EVIDENCE_REVISIONS = { note: 2000 };
/** evidence_requests.status, findings.status, finding_events.kind (domain/evidence/review.ts). */
const REQUEST_STATUSES = /** @type {const} */ (['open', 'fulfilled', 'withdrawn']);
const FINDING_STATUSES = /** @type {const} */ (['open', 'responded', 'closed']);
const FINDING_EVENT_KINDS = /** @type {const} */ (['raised', 'edited', 'responded', 'closed', 'reopened']);

module.exports = {
  FISCAL_YEAR,
  REPORT_ID_FIELD_PATTERN,
  AUDIT_GRANTS,
  EVIDENCE_REVISIONS,
  REQUEST_STATUSES,
  FINDING_STATUSES,
  FINDING_EVENT_KINDS
};
