import type { RecordModel } from 'pocketbase';
import type { ActionSource, ActionStatus } from '$lib/domain/plans/actions';
import type { ExerciseKind, TimelineKind } from '$lib/domain/plans/exercises';
import type { PlanKind, PlanSectionRef } from '$lib/domain/plans/templates';

export interface ExerciseRecord extends RecordModel {
	organisation: string;
	title: string;
	kind: ExerciseKind;
	held_on: string;
	plan_kinds: PlanKind[];
	/** The risk the scenario comes from ('' when written freely). */
	risk: string;
	scenario: string;
	objectives: string;
	participants: string;
	observations: string;
	created: string;
	updated: string;
}

export interface TimelineRecord extends RecordModel {
	organisation: string;
	exercise: string;
	incident?: string;
	at: string;
	kind: TimelineKind;
	body: string;
	actor: string;
}

export interface ActionRecord extends RecordModel {
	organisation: string;
	source: ActionSource;
	exercise: string;
	incident?: string;
	finding: string;
	action: string;
	owner: string;
	due_date: string;
	status: ActionStatus;
	closed_at: string;
	closure_note: string;
	plan_sections: PlanSectionRef[];
	risks: string[];
	/** Unknown until checked: a client may have written anything. */
	checklist_items: unknown;
	created: string;
	updated: string;
}
