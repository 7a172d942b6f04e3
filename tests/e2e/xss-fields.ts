// Where the XSS corpus goes: every text, JSON and file field of every
// collection, each with what the corpus does with it. xss-fields.spec.ts
// compares this with the live schema, so a new free-text field without an
// entry fails until someone decides (and seeds it, or says why not).
//
// 'corpus'  the spec stores payloads in it and opens the pages showing it
// 'name'    written by the server from the acting user's name (the spec's user is named with a payload)
// 'earlier' xss.spec.ts stores payloads in it
// 'workflow' xss-workflows.ts stores payloads in it by the step that writes it (import, review,
//           return, reopen, decision) and opens the pages showing it
// other     not free text (the reason)
// There is no "not yet" value: a free-text field is covered, or the map says why it need not be.
export type Coverage = 'corpus' | 'name' | 'earlier' | 'workflow' | `not free text: ${string}`;

const ID = 'not free text: an identifier or hash the server checks';
const ENUM = 'not free text: a code from a fixed list';
const SERVER = 'not free text: written by the server (snapshot, hash, signature)';

export const XSS_FIELDS: Record<string, Record<string, Coverage>> = {
	users: { name: 'earlier', avatar: 'not free text: an image file the app does not use' },
	organisations: { name: 'earlier', name_en: 'corpus' },
	invitations: { token_hash: ID, invited_by_name: 'name', email: 'not free text: an e-mail address PocketBase validates' },
	audit_log: { actor_label: 'name', collection: ENUM, record_id: ID, changes: SERVER },
	critical_services: { name: 'earlier', description: 'earlier', service_level: 'corpus', owner: 'corpus' },
	important_systems: { name: 'earlier', description: 'earlier', owner: 'corpus' },
	checklists: { checklist_id: ID, version: ID, title: 'workflow', content: 'workflow', content_sha256: ID },
	assessments: { reopen_reason: 'workflow', return_reason: 'workflow', content_sha256: ID },
	answers: { item_id: ID, justification: 'corpus', notes: 'corpus', owner: 'corpus', mapped_from: SERVER },
	reference_adoptions: { item_id: ID, reason: 'workflow' },
	review_comments: { item_id: ID, body: 'workflow', author_name: 'name' },
	signoffs: { subject_id: ID, statement: 'corpus', signer_name: 'name', content_sha256: ID },
	reports: { report_id: ID, subject_id: ID, snapshot_sha256: ID, pdf_sha256: ID, signature: ID, file: SERVER },
	evidence: { title: 'corpus', description: 'corpus', owner: 'corpus', created_by_name: 'name', url: 'corpus' },
	evidence_revisions: {
		file: 'not free text: stored under a name PocketBase generates',
		original_name: 'corpus',
		mime: ENUM,
		sha256: ID,
		note: 'corpus',
		uploaded_by_name: 'name'
	},
	evidence_links: { target_type: ENUM, target_id: ID, target_part: ID, created_by_name: 'name' },
	evidence_reviews: { comment: 'workflow', reviewer_name: 'name' },
	evidence_requests: {
		target_type: ENUM,
		target_id: ID,
		target_part: ID,
		title: 'workflow',
		body: 'workflow',
		resolution: 'workflow',
		requested_by_name: 'name',
		resolved_by_name: 'name'
	},
	findings: {
		target_type: ENUM,
		target_id: ID,
		target_part: ID,
		title: 'workflow',
		description: 'workflow',
		recommendation: 'workflow',
		response: 'workflow',
		raised_by_name: 'name',
		responded_by_name: 'name',
		closed_by_name: 'name'
	},
	finding_events: { status: ENUM, body: 'workflow', author_name: 'name' },
	audit_grants: {
		organisation_name: 'earlier',
		auditor_name: 'corpus',
		auditor_email: 'not free text: an e-mail address',
		note: 'corpus',
		granted_by_name: 'name',
		revoked_by_name: 'name'
	},
	dependencies: { name: 'corpus', supplies: 'corpus', alternative: 'corpus', contact: 'corpus', notes: 'corpus' },
	risk_criteria: { content: 'workflow', note: 'corpus', return_reason: 'workflow', content_sha256: ID },
	risks: {
		ref: ID,
		title: 'corpus',
		scenario: 'corpus',
		threat: 'not free text: a code of the threat catalogue',
		owner: 'corpus',
		closed_reason: 'corpus',
		controls: 'corpus',
		control_items: ID,
		treatment_plan: 'corpus',
		candidate_keys: ID
	},
	risk_dismissals: { candidate_key: ID, reason: 'corpus' },
	risk_reviews: { note: 'corpus', reviewer_name: 'name', ratings: SERVER },
	risk_actions: { title: 'corpus', description: 'corpus', owner: 'corpus', checklist_items: ID, plans: ID },
	risk_acceptances: {
		justification: 'corpus',
		requested_by_name: 'name',
		decided_by_name: 'name',
		decision_comment: 'workflow',
		snapshot: SERVER,
		content_sha256: ID,
		revoked_by_name: 'name',
		revoked_reason: 'workflow'
	},
	plans: { title: 'corpus' },
	plan_versions: {
		title: 'workflow',
		content: 'workflow',
		section: ID,
		change_note: 'workflow',
		author_name: 'name',
		return_reason: 'workflow',
		content_sha256: ID
	},
	contacts: {
		name: 'corpus',
		affiliation: 'corpus',
		role: 'corpus',
		phone: 'corpus',
		phone_alt: 'corpus',
		email: 'not free text: an e-mail address PocketBase validates',
		hours: 'corpus',
		notes: 'corpus'
	},
	exercises: { title: 'earlier', scenario: 'earlier', objectives: 'corpus', participants: 'corpus', observations: 'earlier' },
	timeline_entries: { body: 'corpus', actor: 'corpus' },
	improvement_actions: { finding: 'corpus', action: 'corpus', owner: 'corpus', closure_note: 'corpus', checklist_items: ID },
	incidents: { title: 'earlier', description: 'earlier', breach_notes: 'corpus', severity_notes: 'corpus', lessons: 'earlier' },
	incident_reports: {
		contact_person: 'corpus',
		contact_means: 'corpus',
		reporter_unit: 'corpus',
		summary: 'corpus',
		impact: 'corpus',
		actions_taken: 'corpus',
		outlook: 'corpus',
		sharing_conditions: 'corpus',
		sent_via: 'corpus',
		author_name: 'name'
	},
	sharing_log: { source_detail: 'corpus', title: 'corpus', summary: 'corpus', actions: 'corpus', shared_with: 'corpus' }
};
