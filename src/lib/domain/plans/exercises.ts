/**
 * Exercises (seed 001: 机上演習 — discussion around one scenario; 機能演習 —
 * using the real command and decision systems) and the timeline shared by
 * exercises and incidents. Schema facts and validation, defined once here.
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import type { Localized } from '../sectors';
import { PLAN_KINDS } from './templates';

export const EXERCISE_KINDS = ['tabletop', 'functional'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const EXERCISE_KIND_NAMES: Record<ExerciseKind, Localized> = {
	tabletop: { ja: '机上演習', en: 'Tabletop exercise' },
	functional: { ja: '機能演習', en: 'Functional exercise' }
};

/** Entry kinds of a timeline; exercises use the first three, incidents the rest (and observation). */
export const TIMELINE_KINDS = ['inject', 'response', 'observation', 'detection', 'action', 'decision', 'communication'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const EXERCISE_TIMELINE_KINDS = ['inject', 'response', 'observation'] as const satisfies readonly TimelineKind[];
export const INCIDENT_TIMELINE_KINDS = [
	'detection',
	'action',
	'decision',
	'communication',
	'observation'
] as const satisfies readonly TimelineKind[];

export const TIMELINE_KIND_NAMES: Record<TimelineKind, Localized> = {
	inject: { ja: '状況付与', en: 'Inject' },
	response: { ja: '対応', en: 'Response' },
	observation: { ja: '気づき', en: 'Observation' },
	detection: { ja: '検知', en: 'Detection' },
	action: { ja: '対処', en: 'Action' },
	decision: { ja: '判断', en: 'Decision' },
	communication: { ja: '連絡', en: 'Communication' }
};

export const EXERCISE_LIMITS = {
	title: 200,
	scenario: 20000,
	objectives: 5000,
	participants: 5000,
	observations: 20000,
	entry: 5000,
	actor: 200
} as const;

const text = (m: Messages, max: number) => z.string().trim().max(max, m.errors.tooLong(max)).default('');
const required = (m: Messages, max: number) => text(m, max).pipe(z.string().min(1, m.errors.required));
const date = (m: Messages) => z.iso.date({ error: m.errors.date });

export function exerciseSchema(m: Messages) {
	return z.object({
		title: required(m, EXERCISE_LIMITS.title),
		kind: z.enum(EXERCISE_KINDS, { error: m.errors.choose }),
		held_on: date(m),
		plan_kinds: z.array(z.enum(PLAN_KINDS, { error: m.errors.choose })).default([]),
		/** The risk the scenario is taken from, if any. */
		risk: z
			.string()
			.trim()
			.default('')
			.refine((v) => v === '' || /^[a-z0-9]{15}$/.test(v), m.errors.choose),
		scenario: text(m, EXERCISE_LIMITS.scenario),
		objectives: text(m, EXERCISE_LIMITS.objectives),
		participants: text(m, EXERCISE_LIMITS.participants),
		observations: text(m, EXERCISE_LIMITS.observations)
	});
}

/** "2026-11-20T10:30" from a datetime-local input, read in Japan time. */
const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export function jstInstant(local: string): string | null {
	const match = LOCAL_DATETIME.exec(local);
	if (!match) return null;
	const instant = new Date(`${match[1]}T${match[2]}:00+09:00`);
	return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The value for a datetime-local input, in Japan time. */
export function jstLocalInput(iso: string): string {
	const ms = Date.parse(iso.includes('T') ? iso : iso.replace(' ', 'T'));
	if (Number.isNaN(ms)) return '';
	return new Date(ms + 9 * 3600_000).toISOString().slice(0, 16);
}

export function timelineSchema(m: Messages, kinds: readonly TimelineKind[]) {
	return z.object({
		at: z.string().transform((v, ctx) => {
			const iso = jstInstant(v.trim());
			if (!iso) {
				ctx.addIssue({ code: 'custom', message: m.plansExercises.dateTime });
				return z.NEVER;
			}
			return iso;
		}),
		kind: z.enum(kinds as [TimelineKind, ...TimelineKind[]], { error: m.errors.choose }),
		body: required(m, EXERCISE_LIMITS.entry),
		actor: text(m, EXERCISE_LIMITS.actor)
	});
}

/** A risk of the register as exercises and improvement actions link to it. */
export interface RiskOption {
	id: string;
	ref: string;
	title: string;
	closed: boolean;
}

/** "R-004 制御系のランサムウェア感染" */
export const riskLabel = (r: Pick<RiskOption, 'ref' | 'title'>) => `${r.ref} ${r.title}`.trim();

/** What a risk lends an exercise's scenario. */
export interface ScenarioRisk {
	ref: string;
	title: string;
	scenario: string;
}

/**
 * The scenario an exercise starts from when it is based on a risk and none
 * was written: the risk's own scenario under its reference and title, for
 * the team to turn into a storyline. A scenario the person wrote is kept.
 */
export function scenarioFromRisk(written: string, risk: ScenarioRisk | null): string {
	if (written.trim() || !risk) return written;
	const heading = `${risk.ref} ${risk.title}`.trim();
	return risk.scenario.trim() ? `${heading}\n\n${risk.scenario.trim()}` : heading;
}
