/** The dependencies register (pb_migrations/1764300000_profile_dependencies.js); values from domain/risks/dependencies.ts. */
import { ACCEPTANCE_LIMITS, ACCEPTANCE_STATUSES } from '../risks/acceptance';
import { DEPENDENCY_CATEGORIES, DEPENDENCY_DIRECTIONS, DEPENDENCY_LIMITS } from '../risks/dependencies';
import { ACTION_STATUSES, REVIEW_OUTCOMES, RISK_LIMITS } from '../risks/forms';
import { RISK_STATUSES, TREATMENT_OPTIONS } from '../risks/register';
import { RISK_CATEGORIES } from '../risks/threat-catalogue';
import { CRITERIA_STATUSES } from '../risks/versions';
import { SECTOR_CODES } from '../sectors';
import { json, number, relation, select, text, type CollectionFacts } from './fields';

export const DEPENDENCIES = {
	organisation: relation(1, { required: true }),
	name: text(DEPENDENCY_LIMITS.name, { min: 1, required: true }),
	direction: select(DEPENDENCY_DIRECTIONS, { required: true }),
	category: select(DEPENDENCY_CATEGORIES, { required: true }),
	sector: select(SECTOR_CODES),
	supplies: text(DEPENDENCY_LIMITS.supplies),
	systems: relation(999),
	services: relation(999),
	alternative: text(DEPENDENCY_LIMITS.alternative),
	contact: text(DEPENDENCY_LIMITS.contact),
	notes: text(DEPENDENCY_LIMITS.notes)
} satisfies CollectionFacts;

/* ---------- the risk register (pb_migrations/17643*_risk_*.js); values from domain/risks ---------- */

/** A rating on a 1–6 scale (0 = not rated). */
const rating = () => number(0, 6, { onlyInt: true });

export const RISK_CRITERIA = {
	organisation: relation(1, { required: true }),
	version: number(1, 100_000, { onlyInt: true, required: true }),
	status: select(CRITERIA_STATUSES, { required: true }),
	content: json(200_000, { required: true }),
	note: text(RISK_LIMITS.note),
	return_reason: text(5_000),
	content_sha256: text(64)
} satisfies CollectionFacts;

/** A register reference: R-001. */
export const RISK_REF_PATTERN = '^R-[0-9]{3,6}$';

export const RISKS = {
	organisation: relation(1, { required: true }),
	ref: text(12, { pattern: RISK_REF_PATTERN }),
	title: text(RISK_LIMITS.title, { min: 1, required: true }),
	scenario: text(RISK_LIMITS.scenario),
	category: select(RISK_CATEGORIES, { required: true }),
	threat: text(RISK_LIMITS.threat),
	services: relation(999),
	systems: relation(999),
	dependencies: relation(999),
	owner: text(RISK_LIMITS.owner, { min: 1, required: true }),
	status: select(RISK_STATUSES, { required: true }),
	closed_reason: text(RISK_LIMITS.reason),
	criteria: relation(1),
	inherent_likelihood: rating(),
	inherent_impact: rating(),
	current_likelihood: rating(),
	current_impact: rating(),
	target_likelihood: rating(),
	target_impact: rating(),
	controls: text(RISK_LIMITS.controls),
	control_items: json(20_000),
	treatment: select(TREATMENT_OPTIONS),
	treatment_plan: text(RISK_LIMITS.plan),
	candidate_keys: json(50_000)
} satisfies CollectionFacts;

export const RISK_DISMISSALS = {
	organisation: relation(1, { required: true }),
	candidate_key: text(300, { min: 1, required: true }),
	reason: text(RISK_LIMITS.reason),
	dismissed_by: relation(1)
} satisfies CollectionFacts;

export const RISK_REVIEWS = {
	organisation: relation(1, { required: true }),
	risk: relation(1, { required: true }),
	outcome: select(REVIEW_OUTCOMES, { required: true }),
	note: text(RISK_LIMITS.note),
	reviewer: relation(1),
	reviewer_name: text(200),
	ratings: json(5_000)
} satisfies CollectionFacts;

export const RISK_ACTIONS = {
	organisation: relation(1, { required: true }),
	risk: relation(1, { required: true }),
	title: text(RISK_LIMITS.title, { min: 1, required: true }),
	description: text(5_000),
	owner: text(RISK_LIMITS.owner, { min: 1, required: true }),
	status: select(ACTION_STATUSES, { required: true }),
	checklist_items: json(20_000),
	/** Ids of plans (BCP, contingency plan), at most ACTION_PLANS_MAX: JSON, as the plans collection is created after this one. */
	plans: json(2_000)
} satisfies CollectionFacts;

export const RISK_ACCEPTANCES = {
	organisation: relation(1, { required: true }),
	risk: relation(1, { required: true }),
	status: select(ACCEPTANCE_STATUSES, { required: true }),
	justification: text(ACCEPTANCE_LIMITS.justification, { min: 1, required: true }),
	requested_by: relation(1),
	requested_by_name: text(200),
	decided_by: relation(1),
	decided_by_name: text(200),
	decision_comment: text(ACCEPTANCE_LIMITS.comment),
	snapshot: json(500_000),
	content_sha256: text(64),
	revoked_by: relation(1),
	revoked_by_name: text(200),
	revoked_reason: text(5_000)
} satisfies CollectionFacts;
