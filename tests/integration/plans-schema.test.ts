// The plan collections' enums and limits are defined once in TypeScript
// (src/lib/domain/plans/facts.ts, incidents/…); the migrations repeat them.
// This compares both with the live PocketBase schema.
import { describe, expect, it } from 'vitest';
import {
	CAUSE_CASES,
	INCIDENT_LIMITS,
	INCIDENT_STATUSES,
	LIKELIHOODS,
	REPORT_STATUSES,
	SHARING_PURPOSES,
	SHARING_SCOPES,
	SHARING_SOURCES,
	SITUATIONS
} from '../../src/lib/domain/incidents/facts';
import { ACTION_LIMITS, ACTION_SOURCES, ACTION_STATUSES } from '../../src/lib/domain/plans/actions';
import { CONTACT_CATEGORIES, CONTACT_LIMITS } from '../../src/lib/domain/plans/contacts';
import { EXERCISE_KINDS, EXERCISE_LIMITS, TIMELINE_KINDS } from '../../src/lib/domain/plans/exercises';
import {
	CHANGE_NOTE_MAX,
	PLAN_KINDS,
	PLAN_SECTION_REFS,
	PLAN_TITLE_MAX,
	PLAN_VERSION_STATUSES,
	RETURN_REASON_MAX
} from '../../src/lib/domain/plans/facts';
import { REPORT_TYPES } from '../../src/lib/domain/reports/kinds';
import { superuserClient } from './support/world';

interface Field {
	name: string;
	type: string;
	values?: string[];
	max?: number;
}

async function fieldsOf(name: string): Promise<Map<string, Field>> {
	const su = await superuserClient();
	const collection = await su.collections.getOne(name);
	return new Map((collection.fields as Field[]).map((f) => [f.name, f]));
}

const EXPECTED: Record<string, Record<string, readonly string[] | number>> = {
	plans: { kind: PLAN_KINDS, title: PLAN_TITLE_MAX },
	plan_versions: {
		kind: PLAN_KINDS,
		status: PLAN_VERSION_STATUSES,
		title: PLAN_TITLE_MAX,
		change_note: CHANGE_NOTE_MAX,
		return_reason: RETURN_REASON_MAX
	},
	contacts: {
		category: CONTACT_CATEGORIES,
		name: CONTACT_LIMITS.name,
		phone: CONTACT_LIMITS.phone,
		email: CONTACT_LIMITS.email,
		notes: CONTACT_LIMITS.notes
	},
	exercises: { kind: EXERCISE_KINDS, plan_kinds: PLAN_KINDS, title: EXERCISE_LIMITS.title, scenario: EXERCISE_LIMITS.scenario },
	timeline_entries: { kind: TIMELINE_KINDS, body: EXERCISE_LIMITS.entry, actor: EXERCISE_LIMITS.actor },
	improvement_actions: {
		source: ACTION_SOURCES,
		status: ACTION_STATUSES,
		plan_sections: PLAN_SECTION_REFS,
		finding: ACTION_LIMITS.finding,
		closure_note: ACTION_LIMITS.closure
	},
	incidents: {
		cause_case: CAUSE_CASES,
		situation: SITUATIONS,
		likelihood: LIKELIHOODS,
		status: INCIDENT_STATUSES,
		title: INCIDENT_LIMITS.title,
		lessons: INCIDENT_LIMITS.lessons
	},
	incident_reports: {
		status: REPORT_STATUSES,
		sharing_scope: SHARING_SCOPES,
		cause_case: CAUSE_CASES,
		contact_person: INCIDENT_LIMITS.contactPerson,
		contact_means: INCIDENT_LIMITS.contactMeans,
		summary: INCIDENT_LIMITS.summary
	},
	sharing_log: { source: SHARING_SOURCES, purposes: SHARING_PURPOSES, summary: INCIDENT_LIMITS.logSummary }
};

describe('plan schema facts match the live collections', () => {
	for (const [collection, fields] of Object.entries(EXPECTED)) {
		for (const [name, expected] of Object.entries(fields)) {
			it(`${collection}.${name}`, async () => {
				const field = (await fieldsOf(collection)).get(name);
				expect(field, `${collection}.${name} exists`).toBeDefined();
				if (typeof expected === 'number') expect(field?.max).toBe(expected);
				else expect(field?.values).toEqual([...expected]);
			});
		}
	}

	it('reports accept every report type the app registers', async () => {
		expect([...((await fieldsOf('reports')).get('type')?.values ?? [])].sort()).toEqual([...REPORT_TYPES].sort());
	});

	it('signoffs accept plan versions as a subject besides the others', async () => {
		expect((await fieldsOf('signoffs')).get('subject_collection')?.values).toEqual(
			expect.arrayContaining(['assessments', 'plan_versions'])
		);
	});
});
