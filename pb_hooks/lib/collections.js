// @ts-check
/// <reference path="../types/pocketbase.d.ts" />
/**
 * Domain collections: every one carries its organisation and is audited.
 * Adding a collection in a migration without listing it here makes the
 * authorization-matrix test fail.
 */
const AUDITED = [
  'organisations',
  'critical_services',
  'important_systems',
  'risk_criteria',
  'risks',
  'risk_dismissals',
  'risk_reviews',
  'risk_actions',
  'risk_acceptances',
  'checklists',
  'assessments',
  'answers',
  'reference_adoptions',
  'review_comments',
  'signoffs',
  'reports',
  'plans',
  'plan_versions',
  'contacts',
  'exercises',
  'timeline_entries',
  'improvement_actions',
  'incidents',
  'incident_reports',
  'sharing_log',
  'dependencies',
  'evidence',
  'evidence_revisions',
  'evidence_links',
  'invitations',
  'evidence_reviews',
  'evidence_requests',
  'findings',
  'finding_events',
  'audit_grants'
];

/** Domain collections whose `organisation` may never change after create. */
const ORG_SCOPED = AUDITED.filter((name) => name !== 'organisations');

module.exports = { AUDITED, ORG_SCOPED };
