/**
 * Plans, contacts, exercises and improvement actions (pb_migrations/
 * 1764500000_plans.js, 1764501000_contacts.js, 1764510000_exercises.js,
 * 1764520000_incidents.js adds `incident` to timelines and actions);
 * values and limits from domain/plans.
 */
import { ACTION_LIMITS, ACTION_SOURCES, ACTION_STATUSES } from '../plans/actions';
import { CONTACT_CATEGORIES, CONTACT_LIMITS } from '../plans/contacts';
import { EXERCISE_KINDS, EXERCISE_LIMITS, TIMELINE_KINDS } from '../plans/exercises';
import { CHANGE_NOTE_MAX, PLAN_KINDS, PLAN_SECTION_REFS, PLAN_TITLE_MAX, PLAN_VERSION_STATUSES, RETURN_REASON_MAX } from '../plans/facts';
import { json, number, relation, select, text, type CollectionFacts } from './fields';

export const PLANS = {
	organisation: relation(1, { required: true }),
	kind: select(PLAN_KINDS, { required: true }),
	title: text(PLAN_TITLE_MAX, { min: 1, required: true })
} satisfies CollectionFacts;

export const PLAN_VERSIONS = {
	organisation: relation(1, { required: true }),
	plan: relation(1, { required: true }),
	number: number(1, 1_000_000, { onlyInt: true }),
	kind: select(PLAN_KINDS),
	title: text(PLAN_TITLE_MAX, { min: 1, required: true }),
	content: json(2_000_000, { required: true }),
	section: text(50),
	change_note: text(CHANGE_NOTE_MAX),
	status: select(PLAN_VERSION_STATUSES, { required: true }),
	author: relation(1),
	author_name: text(200),
	return_reason: text(RETURN_REASON_MAX),
	content_sha256: text(64)
} satisfies CollectionFacts;

export const CONTACTS = {
	organisation: relation(1, { required: true }),
	category: select(CONTACT_CATEGORIES, { required: true }),
	name: text(CONTACT_LIMITS.name, { min: 1, required: true }),
	affiliation: text(CONTACT_LIMITS.affiliation),
	role: text(CONTACT_LIMITS.role),
	phone: text(CONTACT_LIMITS.phone),
	phone_alt: text(CONTACT_LIMITS.phone),
	email: text(CONTACT_LIMITS.email),
	hours: text(CONTACT_LIMITS.hours),
	notes: text(CONTACT_LIMITS.notes),
	sort: number(0, 100_000, { onlyInt: true }),
	deputy: relation(1)
} satisfies CollectionFacts;

export const EXERCISES = {
	organisation: relation(1, { required: true }),
	title: text(EXERCISE_LIMITS.title, { min: 1, required: true }),
	kind: select(EXERCISE_KINDS, { required: true }),
	plan_kinds: select(PLAN_KINDS, { maxSelect: PLAN_KINDS.length }),
	risk: relation(1),
	scenario: text(EXERCISE_LIMITS.scenario),
	objectives: text(EXERCISE_LIMITS.objectives),
	participants: text(EXERCISE_LIMITS.participants),
	observations: text(EXERCISE_LIMITS.observations)
} satisfies CollectionFacts;

/** Entries of an exercise's or an incident's timeline. */
export const TIMELINE_ENTRIES = {
	organisation: relation(1, { required: true }),
	exercise: relation(1),
	incident: relation(1),
	kind: select(TIMELINE_KINDS, { required: true }),
	body: text(EXERCISE_LIMITS.entry, { min: 1, required: true }),
	actor: text(EXERCISE_LIMITS.actor)
} satisfies CollectionFacts;

export const IMPROVEMENT_ACTIONS = {
	organisation: relation(1, { required: true }),
	source: select(ACTION_SOURCES, { required: true }),
	exercise: relation(1),
	incident: relation(1),
	finding: text(ACTION_LIMITS.finding, { min: 1, required: true }),
	action: text(ACTION_LIMITS.action),
	owner: text(ACTION_LIMITS.owner),
	status: select(ACTION_STATUSES, { required: true }),
	closure_note: text(ACTION_LIMITS.closure),
	plan_sections: select(PLAN_SECTION_REFS, { maxSelect: PLAN_SECTION_REFS.length }),
	risks: relation(ACTION_LIMITS.risks),
	checklist_items: json(20_000)
} satisfies CollectionFacts;
