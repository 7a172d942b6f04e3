/**
 * The auditor's side (pb_migrations/1764420000_audit_review.js): reviews of
 * evidence, evidence requests, findings with their history, and auditors'
 * grants; values and limits from domain/evidence/review.ts.
 */
import { FINDING_EVENT_KINDS, FINDING_STATUSES, REQUEST_STATUSES, REVIEW_LIMITS, SEVERITIES, VERDICTS } from '../evidence/review';
import { FISCAL_YEAR, PERSON_NAME_MAX } from './common';
import { EVIDENCE_LINKS } from './evidence';
import { number, relation, select, text, type CollectionFacts, type RelationFact, type TextFact } from './fields';

/** A person field and the name written beside it. */
const person = <P extends string>(prefix: P) =>
	({ [prefix]: relation(1), [`${prefix}_name`]: text(PERSON_NAME_MAX) }) as { [K in P]: RelationFact } & { [K in `${P}_name`]: TextFact };

/** What a request or finding is about: the generic target of evidence links, with the fiscal year it belongs to (0 = none). */
const TARGET = {
	target_type: EVIDENCE_LINKS.target_type,
	target_id: EVIDENCE_LINKS.target_id,
	target_part: EVIDENCE_LINKS.target_part,
	fiscal_year: number(0, FISCAL_YEAR.max, { onlyInt: true })
} satisfies CollectionFacts;

export const AUDIT_GRANTS = {
	organisation: relation(1, { required: true }),
	organisation_name: text(200),
	auditor: relation(1, { required: true }),
	auditor_name: text(PERSON_NAME_MAX),
	auditor_email: text(300),
	fiscal_year: number(FISCAL_YEAR.min, FISCAL_YEAR.max, { onlyInt: true, required: true }),
	note: text(2000),
	...person('granted_by'),
	...person('revoked_by')
} satisfies CollectionFacts;

export const EVIDENCE_REVIEWS = {
	organisation: relation(1, { required: true }),
	evidence: relation(1, { required: true }),
	revision: relation(1),
	verdict: select(VERDICTS, { required: true }),
	comment: text(REVIEW_LIMITS.comment),
	...person('reviewer')
} satisfies CollectionFacts;

export const EVIDENCE_REQUESTS = {
	organisation: relation(1, { required: true }),
	...TARGET,
	title: text(REVIEW_LIMITS.title, { min: 1, required: true }),
	body: text(REVIEW_LIMITS.body),
	status: select(REQUEST_STATUSES, { required: true }),
	evidence: relation(1),
	resolution: text(REVIEW_LIMITS.body),
	...person('requested_by'),
	...person('resolved_by')
} satisfies CollectionFacts;

export const FINDINGS = {
	organisation: relation(1, { required: true }),
	...TARGET,
	title: text(REVIEW_LIMITS.title, { min: 1, required: true }),
	description: text(REVIEW_LIMITS.text),
	severity: select(SEVERITIES, { required: true }),
	recommendation: text(REVIEW_LIMITS.text),
	status: select(FINDING_STATUSES, { required: true }),
	response: text(REVIEW_LIMITS.text),
	...person('raised_by'),
	...person('responded_by'),
	...person('closed_by')
} satisfies CollectionFacts;

export const FINDING_EVENTS = {
	organisation: relation(1, { required: true }),
	finding: relation(1, { required: true }),
	kind: select(FINDING_EVENT_KINDS, { required: true }),
	/** The finding's status after the step. */
	status: text(20),
	body: text(REVIEW_LIMITS.text),
	...person('author')
} satisfies CollectionFacts;
