/**
 * Every collection the app reads or writes, with the facts of its fields
 * (one row each). Adding a collection: define its facts in a file of this
 * folder, derive your zod schemas and UI limits from them, and add its row
 * here — tests/integration/live-schema.test.ts then compares it with the
 * live PocketBase collection (and fails while a field is missing).
 */
import { AUDIT_GRANTS, EVIDENCE_REQUESTS, EVIDENCE_REVIEWS, FINDING_EVENTS, FINDINGS } from './audit-review';
import { EVIDENCE, EVIDENCE_LINKS, EVIDENCE_REVISIONS } from './evidence';
import type { CollectionFacts } from './fields';
import { AUDIT_LOG, CRITICAL_SERVICES, IMPORTANT_SYSTEMS, ORGANISATIONS, USERS } from './foundation';
import { INCIDENT_REPORTS, INCIDENTS, SHARING_LOG } from './incidents';
import { INVITATIONS } from './members';
import { CONTACTS, EXERCISES, IMPROVEMENT_ACTIONS, PLAN_VERSIONS, PLANS, TIMELINE_ENTRIES } from './plans';
import { REPORTS } from './reports';
import { DEPENDENCIES, RISK_ACCEPTANCES, RISK_ACTIONS, RISK_CRITERIA, RISK_DISMISSALS, RISK_REVIEWS, RISKS } from './risks';
import { ANSWERS, ASSESSMENTS, CHECKLISTS, REFERENCE_ADOPTIONS, REVIEW_COMMENTS, SIGNOFFS } from './selfcheck';

export interface SchemaRow {
	collection: string;
	fields: CollectionFacts;
	/** Fields of the live collection the app does not use (left out of the comparison). */
	unused?: readonly string[];
}

export const SCHEMA: readonly SchemaRow[] = [
	{ collection: 'users', fields: USERS, unused: ['avatar'] },
	{ collection: 'organisations', fields: ORGANISATIONS },
	{ collection: 'invitations', fields: INVITATIONS },
	{ collection: 'audit_log', fields: AUDIT_LOG },
	{ collection: 'critical_services', fields: CRITICAL_SERVICES },
	{ collection: 'important_systems', fields: IMPORTANT_SYSTEMS },
	{ collection: 'checklists', fields: CHECKLISTS },
	{ collection: 'assessments', fields: ASSESSMENTS },
	{ collection: 'answers', fields: ANSWERS },
	{ collection: 'reference_adoptions', fields: REFERENCE_ADOPTIONS },
	{ collection: 'review_comments', fields: REVIEW_COMMENTS },
	{ collection: 'signoffs', fields: SIGNOFFS },
	{ collection: 'reports', fields: REPORTS },
	{ collection: 'evidence', fields: EVIDENCE },
	{ collection: 'evidence_revisions', fields: EVIDENCE_REVISIONS },
	{ collection: 'evidence_links', fields: EVIDENCE_LINKS },
	{ collection: 'evidence_reviews', fields: EVIDENCE_REVIEWS },
	{ collection: 'evidence_requests', fields: EVIDENCE_REQUESTS },
	{ collection: 'findings', fields: FINDINGS },
	{ collection: 'finding_events', fields: FINDING_EVENTS },
	{ collection: 'audit_grants', fields: AUDIT_GRANTS },
	{ collection: 'dependencies', fields: DEPENDENCIES },
	{ collection: 'risk_criteria', fields: RISK_CRITERIA },
	{ collection: 'risks', fields: RISKS },
	{ collection: 'risk_dismissals', fields: RISK_DISMISSALS },
	{ collection: 'risk_reviews', fields: RISK_REVIEWS },
	{ collection: 'risk_actions', fields: RISK_ACTIONS },
	{ collection: 'risk_acceptances', fields: RISK_ACCEPTANCES },
	{ collection: 'plans', fields: PLANS },
	{ collection: 'plan_versions', fields: PLAN_VERSIONS },
	{ collection: 'contacts', fields: CONTACTS },
	{ collection: 'exercises', fields: EXERCISES },
	{ collection: 'timeline_entries', fields: TIMELINE_ENTRIES },
	{ collection: 'improvement_actions', fields: IMPROVEMENT_ACTIONS },
	{ collection: 'incidents', fields: INCIDENTS },
	{ collection: 'incident_reports', fields: INCIDENT_REPORTS },
	{ collection: 'sharing_log', fields: SHARING_LOG }
];

export * from './audit-review';
export * from './common';
export * from './evidence';
export * from './fields';
export * from './foundation';
export * from './incidents';
export * from './members';
export * from './plans';
export * from './reports';
export * from './risks';
export * from './selfcheck';
