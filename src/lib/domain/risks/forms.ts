/**
 * Validation of the risk register's forms (identification, analysis,
 * treatment, actions, acceptance requests, reviews). Field names are the
 * PocketBase ones; limits mirror pb_migrations/17643*.js. Pure: `now` is a
 * parameter where dates are checked.
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { ACCEPTANCE_LIMITS } from './acceptance';
import { addMonths, expiryInstant, isIsoDate, jstDate } from './dates';
import { TREATMENT_OPTIONS } from './register';
import { RISK_CATEGORIES } from './threat-catalogue';

export const RISK_LIMITS = {
	title: 200,
	scenario: 5000,
	threat: 200,
	owner: 200,
	controls: 5000,
	plan: 5000,
	reason: 2000,
	note: 5000
} as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
/** Plans (BCP, contingency plan) one treatment action may name. */
export const ACTION_PLANS_MAX = 10;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const REVIEW_OUTCOMES = ['unchanged', 'changed'] as const;

const RECORD_ID = /^[a-z0-9]{15}$/;
/** A checklist item as a control: "<checklist id>:<item id>". */
export const ITEM_KEY = /^[a-z0-9]+(-[a-z0-9]+)*:[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const text = (m: Messages, max: number) => z.string().trim().max(max, m.errors.tooLong(max)).default('');
const required = (m: Messages, max: number) => z.string().trim().min(1, m.errors.required).max(max, m.errors.tooLong(max));
const ids = (m: Messages) => z.array(z.string().regex(RECORD_ID, m.errors.choose)).default([]);
const itemKeys = (m: Messages) => z.array(z.string().regex(ITEM_KEY, m.errors.choose)).max(100, m.risks.errors.tooMany(100)).default([]);

export function identificationSchema(m: Messages) {
	return z.object({
		title: required(m, RISK_LIMITS.title),
		category: z.enum(RISK_CATEGORIES, { error: m.errors.choose }),
		threat: text(m, RISK_LIMITS.threat),
		scenario: text(m, RISK_LIMITS.scenario),
		owner: required(m, RISK_LIMITS.owner),
		services: ids(m),
		systems: ids(m),
		dependencies: ids(m)
	});
}

const rating = (m: Messages, size: number) =>
	z
		.string()
		.trim()
		.default('')
		.refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= size), m.errors.choose)
		.transform((v) => (v === '' ? 0 : Number(v)));

/** The analysis of a risk with the scales of one criteria version (`sizes`). */
export function analysisSchema(m: Messages, sizes: { likelihood: number; impact: number }) {
	const l = () => rating(m, sizes.likelihood);
	const i = () => rating(m, sizes.impact);
	return z
		.object({
			criteria: z.string().regex(RECORD_ID, m.errors.choose),
			inherent_likelihood: l(),
			inherent_impact: i(),
			current_likelihood: l(),
			current_impact: i(),
			target_likelihood: l(),
			target_impact: i(),
			controls: text(m, RISK_LIMITS.controls),
			control_items: itemKeys(m)
		})
		.superRefine((v, ctx) => {
			const pairs = [
				['inherent', v.inherent_likelihood, v.inherent_impact],
				['current', v.current_likelihood, v.current_impact],
				['target', v.target_likelihood, v.target_impact]
			] as const;
			for (const [stage, likelihood, impact] of pairs) {
				if ((likelihood === 0) !== (impact === 0)) {
					ctx.addIssue({
						code: 'custom',
						path: [likelihood === 0 ? `${stage}_likelihood` : `${stage}_impact`],
						message: m.risks.errors.ratePair
					});
				}
			}
		});
}

export function treatmentSchema(m: Messages) {
	return z.object({
		treatment: z.union([z.enum(TREATMENT_OPTIONS), z.literal('')], { error: m.errors.choose }).default(''),
		treatment_plan: text(m, RISK_LIMITS.plan)
	});
}

const optionalDate = (m: Messages) =>
	z
		.string()
		.trim()
		.default('')
		.refine((v) => v === '' || isIsoDate(v), m.errors.date)
		.transform((v) => (v === '' ? '' : `${v} 00:00:00.000Z`));

export function actionSchema(m: Messages) {
	return z.object({
		title: required(m, RISK_LIMITS.title),
		description: text(m, RISK_LIMITS.note),
		owner: required(m, RISK_LIMITS.owner),
		due_date: optionalDate(m),
		status: z.enum(ACTION_STATUSES, { error: m.errors.choose }),
		completed_on: optionalDate(m),
		checklist_items: itemKeys(m),
		plans: z.array(z.string().regex(RECORD_ID, m.errors.choose)).max(ACTION_PLANS_MAX, m.risks.errors.tooMany(ACTION_PLANS_MAX)).default([])
	});
}

/** A request for acceptance: the justification and the last day it is valid (at most 3 years ahead). */
export function acceptanceRequestSchema(m: Messages, now: Date) {
	const today = jstDate(now);
	const latest = addMonths(today, 12 * ACCEPTANCE_LIMITS.maxYears);
	return z.object({
		justification: required(m, ACCEPTANCE_LIMITS.justification),
		valid_through: z
			.string()
			.trim()
			.refine(isIsoDate, m.errors.date)
			.refine((v) => v >= today, m.riskAcceptance.errors.past)
			.refine((v) => v <= latest, m.riskAcceptance.errors.tooFar(ACCEPTANCE_LIMITS.maxYears))
			.transform((v) => expiryInstant(v).toISOString())
	});
}

export function reviewSchema(m: Messages) {
	return z.object({
		outcome: z.enum(REVIEW_OUTCOMES, { error: m.errors.choose }),
		note: text(m, RISK_LIMITS.note)
	});
}

export function closeSchema(m: Messages) {
	return z.object({ closed_reason: required(m, RISK_LIMITS.reason) });
}

/** Actions not done or cancelled whose due date has passed (in Japan). */
export function isOverdue(action: { status: string; due_date: string }, now: Date): boolean {
	return (
		!!action.due_date && (action.status === 'planned' || action.status === 'in_progress') && action.due_date.slice(0, 10) < jstDate(now)
	);
}
