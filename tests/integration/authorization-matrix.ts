// THE authorization matrix: for every collection and every actor, which
// operations the REST API allows. authorization.test.ts checks every cell
// against a real PocketBase, and fails when a collection exists that is not
// listed here. Actors: each role of organisation A, a user of organisation B
// ("otherOrg"), a user who is auditor in A but security team in B ("mixed"),
// and an anonymous visitor. Records under test belong to organisation A.
import { RISK_MATRIX } from './support/risks';
import type { Actor } from './support/world';

export type Operation = 'list' | 'view' | 'create' | 'update' | 'delete';
type Row = Record<Actor, Operation[]>;

const NONE: Operation[] = [];
const READ: Operation[] = ['list', 'view'];
const WRITE: Operation[] = ['list', 'view', 'create', 'update', 'delete'];

/** Organisation content the security team maintains and every member reads. */
const SECURITY_CONTENT: Row = {
	admin: READ,
	security: WRITE,
	executive: READ,
	auditor: READ,
	otherOrg: NONE,
	mixed: READ,
	anonymous: NONE
};

export const MATRIX: Record<string, Row> = {
	users: {
		// target: organisation A's security-team user
		admin: READ,
		security: ['list', 'view', 'update'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	organisations: {
		// target: organisation A; "create" makes a new organisation of one's own
		admin: ['list', 'view', 'create', 'update'],
		security: ['list', 'view', 'create'],
		executive: ['list', 'view', 'create'],
		auditor: ['list', 'view', 'create'],
		otherOrg: ['create'],
		mixed: ['list', 'view', 'create'],
		anonymous: NONE
	},
	audit_log: {
		admin: READ,
		security: NONE,
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	critical_services: SECURITY_CONTENT,
	...RISK_MATRIX,
	checklists: {
		// pinned copies never change
		admin: READ,
		security: ['list', 'view', 'create'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	assessments: {
		// target: a draft; "update" submits it for review. Created only through
		// POST /api/mamori/assessments, which sets every workflow field (issue 8)
		admin: READ,
		security: ['list', 'view', 'update', 'delete'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	answers: {
		// target: an answer in a draft; answers are never deleted
		admin: READ,
		security: ['list', 'view', 'create', 'update'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	reference_adoptions: {
		// 参考事項 adoption in a draft, decided by the security team; never deleted
		admin: READ,
		security: ['list', 'view', 'create', 'update'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	review_comments: {
		// comments on a submitted self-check, written by auditors, never changed
		admin: READ,
		security: READ,
		executive: READ,
		auditor: ['list', 'view', 'create'],
		otherOrg: NONE,
		mixed: ['list', 'view', 'create'],
		anonymous: NONE
	},
	reports: {
		// any member may register a report the app produced (the hook checks its HMAC); reports never change
		admin: ['list', 'view', 'create'],
		security: ['list', 'view', 'create'],
		executive: ['list', 'view', 'create'],
		auditor: ['list', 'view', 'create'],
		otherOrg: NONE,
		mixed: ['list', 'view', 'create'],
		anonymous: NONE
	},
	signoffs: {
		admin: READ,
		security: READ,
		executive: ['list', 'view', 'create'],
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	important_systems: SECURITY_CONTENT,
	plans: {
		// one BCP and one contingency plan per organisation; never deleted (they keep their history)
		admin: READ,
		security: ['list', 'view', 'create', 'update'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	// personal data: members only; the security team keeps the register
	contacts: SECURITY_CONTENT,
	exercises: SECURITY_CONTENT,
	timeline_entries: SECURITY_CONTENT,
	improvement_actions: SECURITY_CONTENT,
	incidents: SECURITY_CONTENT,
	// target: a draft report (sent reports are locked and kept: plans-incidents.test.ts)
	incident_reports: SECURITY_CONTENT,
	sharing_log: SECURITY_CONTENT,
	plan_versions: {
		// target: the newest draft; "update" submits it; versions are never deleted
		admin: READ,
		security: ['list', 'view', 'create', 'update'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	dependencies: SECURITY_CONTENT,
	// target: a link (files come only through the upload route, with their first revision)
	evidence: SECURITY_CONTENT,
	evidence_links: {
		// target: a link to an item of a draft self-check; links are added and removed, never changed
		admin: READ,
		security: ['list', 'view', 'create', 'delete'],
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	evidence_reviews: {
		// the auditor's verdicts; never changed (the latest one counts)
		admin: READ,
		security: READ,
		executive: READ,
		auditor: ['list', 'view', 'create'],
		otherOrg: NONE,
		mixed: ['list', 'view', 'create'],
		anonymous: NONE
	},
	evidence_requests: {
		// target: an open request; "update" fulfils it, which only the security team does
		admin: READ,
		security: ['list', 'view', 'update'],
		executive: READ,
		auditor: ['list', 'view', 'create'],
		otherOrg: NONE,
		mixed: ['list', 'view', 'create'],
		anonymous: NONE
	},
	findings: {
		// target: an open finding; "update" is the response, which only the security team gives
		admin: READ,
		security: ['list', 'view', 'update'],
		executive: READ,
		auditor: ['list', 'view', 'create'],
		otherOrg: NONE,
		mixed: ['list', 'view', 'create'],
		anonymous: NONE
	},
	finding_events: {
		// the history of each finding, written by hooks only
		admin: READ,
		security: READ,
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	audit_grants: {
		// outside auditors' scopes: admins grant (through a route) and revoke; the holder sees their own (scope tests)
		admin: ['list', 'view', 'update'],
		security: NONE,
		executive: NONE,
		auditor: NONE,
		otherOrg: NONE,
		mixed: NONE,
		anonymous: NONE
	},
	evidence_revisions: {
		// created only by the upload route; never changed or deleted on their own
		admin: READ,
		security: READ,
		executive: READ,
		auditor: READ,
		otherOrg: NONE,
		mixed: READ,
		anonymous: NONE
	},
	invitations: {
		// target: a pending invitation; only hooks create and change them, admins see and revoke (delete) them
		admin: ['list', 'view', 'delete'],
		security: NONE,
		executive: NONE,
		auditor: NONE,
		otherOrg: NONE,
		mixed: NONE,
		anonymous: NONE
	}
};
