/** Evidence and its file revisions (pb_migrations/1764400000_evidence.js); limits from domain/evidence/facts.ts. */
import { ACCEPTED_TYPES, EVIDENCE_KINDS, EVIDENCE_LIMITS, MAX_MEGABYTES_CEILING } from '../evidence/facts';
import { FISCAL_YEAR, SHA256_PATTERN } from './common';
import { file, number, relation, select, text, type CollectionFacts } from './fields';

export const EVIDENCE = {
	organisation: relation(1, { required: true }),
	kind: select(EVIDENCE_KINDS, { required: true }),
	title: text(EVIDENCE_LIMITS.title, { min: 1, required: true }),
	description: text(EVIDENCE_LIMITS.description),
	owner: text(EVIDENCE_LIMITS.owner),
	fiscal_year: number(FISCAL_YEAR.min, FISCAL_YEAR.max, { onlyInt: true }),
	revision_count: number(0, null, { onlyInt: true }),
	created_by: relation(1),
	created_by_name: text(200),
	current_revision: relation(1)
} satisfies CollectionFacts;

export const EVIDENCE_REVISIONS = {
	organisation: relation(1, { required: true }),
	evidence: relation(1, { required: true }),
	number: number(1, null, { onlyInt: true, required: true }),
	file: file(
		MAX_MEGABYTES_CEILING * 1024 * 1024,
		ACCEPTED_TYPES.map((t) => t.mime)
	),
	original_name: text(EVIDENCE_LIMITS.originalName, { required: true }),
	size: number(1, null, { onlyInt: true, required: true }),
	mime: text(100, { required: true }),
	sha256: text(5_000, { required: true, pattern: SHA256_PATTERN }),
	note: text(EVIDENCE_LIMITS.note),
	uploaded_by: relation(1),
	uploaded_by_name: text(200)
} satisfies CollectionFacts;

/** A registered target type (pb_hooks/lib/link-targets.json) as stored: lower-case with underscores. */
export const LINK_TARGET_TYPE_PATTERN = '^[a-z][a-z0-9_]*$';

export const EVIDENCE_LINKS = {
	organisation: relation(1, { required: true }),
	evidence: relation(1, { required: true }),
	target_type: text(50, { required: true, pattern: LINK_TARGET_TYPE_PATTERN }),
	target_id: text(15, { required: true, pattern: '^[a-z0-9]{15}$' }),
	/** Part of the target, e.g. an item of a self-check. */
	target_part: text(200),
	created_by: relation(1),
	created_by_name: text(200)
} satisfies CollectionFacts;
