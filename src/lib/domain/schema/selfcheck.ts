/** The annual self-check (pb_migrations/1763780000_selfcheck.js, 1763800000_return_reason.js, 1764600000_reference_adoptions.js). */
import { ADOPTION_REASON_MAX_CHARS } from '../selfcheck/adoption';
import { FISCAL_YEAR } from './common';
import { json, number, relation, select, text, type CollectionFacts } from './fields';

export const ANSWER_STATUSES = ['implemented', 'alternative', 'partial', 'not_implemented', 'not_applicable', 'unanswered'] as const;
export const CHECKLIST_SOURCES = ['library', 'import'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'signed'] as const;
/** Subjects of the one sign-off mechanism (pb_hooks/lib/signoff.js SUBJECTS); migrations append theirs, add yours here too. */
export const SIGNOFF_SUBJECTS = ['assessments', 'risk_criteria', 'risk_acceptances', 'plan_versions'] as const;
/** assessments.reference_adoption: "per_item" when the self-check records 参考事項 adoption; empty for self-checks started before it existed. */
export const REFERENCE_ADOPTION_MODES = ['per_item'] as const;

/** A pinned checklist copy's ID: kebab-case, starting with a letter (checklists/schema.ts uses it). */
export const CHECKLIST_ID_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';

export const CHECKLISTS = {
	organisation: relation(1, { required: true }),
	checklist_id: text(100, { required: true, pattern: CHECKLIST_ID_PATTERN }),
	version: text(50, { required: true }),
	title: json(10_000, { required: true }),
	content: json(20_000_000, { required: true }),
	content_sha256: text(64),
	source: select(CHECKLIST_SOURCES, { required: true })
} satisfies CollectionFacts;

export const ASSESSMENTS = {
	organisation: relation(1, { required: true }),
	fiscal_year: number(FISCAL_YEAR.min, FISCAL_YEAR.max, { onlyInt: true, required: true }),
	revision: number(1, 1000, { onlyInt: true, required: true }),
	status: select(ASSESSMENT_STATUSES, { required: true }),
	checklists: relation(100, { minSelect: 1, required: true }),
	reopen_reason: text(5_000),
	return_reason: text(5_000),
	content_sha256: text(64),
	previous: relation(1),
	reopened_from: relation(1),
	reference_adoption: select(REFERENCE_ADOPTION_MODES)
} satisfies CollectionFacts;

export const ANSWERS = {
	organisation: relation(1, { required: true }),
	assessment: relation(1, { required: true }),
	checklist: relation(1, { required: true }),
	item_id: text(100, { required: true }),
	status: select(ANSWER_STATUSES, { required: true }),
	justification: text(5_000),
	notes: text(20_000),
	owner: text(200),
	version: number(0, null, { onlyInt: true }),
	updated_by: relation(1),
	/** Set only by the carry-forward hook when an answer came through a crosswalk (migration 1764610000). */
	mapped_from: json(20_000)
} satisfies CollectionFacts;

export const REVIEW_COMMENTS = {
	organisation: relation(1, { required: true }),
	assessment: relation(1, { required: true }),
	checklist: relation(1),
	item_id: text(100),
	body: text(10_000, { min: 1, required: true }),
	author: relation(1),
	author_name: text(200)
} satisfies CollectionFacts;

export const SIGNOFFS = {
	organisation: relation(1, { required: true }),
	subject_collection: select(SIGNOFF_SUBJECTS, { required: true }),
	subject_id: text(50, { required: true }),
	statement: text(5_000),
	signer: relation(1),
	signer_name: text(200),
	content_sha256: text(64)
} satisfies CollectionFacts;

/** Which 参考事項 a self-check adopts, with an optional reason (domain/selfcheck/adoption.ts). */
export const REFERENCE_ADOPTIONS = {
	organisation: relation(1, { required: true }),
	assessment: relation(1, { required: true }),
	checklist: relation(1, { required: true }),
	item_id: text(100, { required: true }),
	reason: text(ADOPTION_REASON_MAX_CHARS),
	updated_by: relation(1)
} satisfies CollectionFacts;
