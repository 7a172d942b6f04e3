/**
 * Feeding the items and answers of an assessment to scoring.ts, and shaping
 * the results for the summary and the charts. Pure.
 */
import { percentValue } from '../../percent';
import type { AnswerStatus } from '../answers';
import {
	compareYears,
	progress,
	scoreAnswers,
	type ChecklistScore,
	type Progress,
	type ScoreInput,
	type YearAnswer,
	type YearComparison
} from '../scoring';
import type { AssessmentItem } from './types';

export type StatusOf = (key: string) => AnswerStatus;
/** Whether an item's answer was carried over and not confirmed this year. */
export type UnconfirmedOf = (key: string) => boolean;

/** Section ids are made unique across checklists with the section key. */
export function scoreInputs(items: readonly AssessmentItem[], statusOf: StatusOf): ScoreInput[] {
	return items.map((item) => ({
		itemId: `${item.checklistId}:${item.itemId}`,
		sectionId: item.sectionKey,
		group: item.group,
		status: statusOf(item.key)
	}));
}

export function yearAnswers(items: readonly AssessmentItem[], statusOf: StatusOf): YearAnswer[] {
	return items.map((item) => ({
		checklistId: item.checklistId,
		itemId: item.itemId,
		sectionId: item.sectionId,
		group: item.group,
		status: statusOf(item.key)
	}));
}

export interface AssessmentScores {
	score: ChecklistScore;
	progress: Progress;
}

export function scoreAssessment(items: readonly AssessmentItem[], statusOf: StatusOf, unconfirmedOf?: UnconfirmedOf): AssessmentScores {
	const inputs = scoreInputs(items, statusOf);
	return {
		score: scoreAnswers(inputs),
		progress: progress(inputs.map((input, i) => ({ status: input.status, unconfirmed: unconfirmedOf?.(items[i].key) ?? false })))
	};
}

export function compareAssessments(
	current: { items: readonly AssessmentItem[]; statusOf: StatusOf },
	previous: { items: readonly AssessmentItem[]; statusOf: StatusOf }
): YearComparison {
	return compareYears(yearAnswers(current.items, current.statusOf), yearAnswers(previous.items, previous.statusOf));
}

/** A status lookup over stored answers: a missing answer is unanswered. */
export function statusLookup(answers: ReadonlyMap<string, { status: AnswerStatus }>): StatusOf {
	return (key) => answers.get(key)?.status ?? 'unanswered';
}

/** Which stored answers are carried over and not confirmed. */
export function unconfirmedLookup(answers: ReadonlyMap<string, { carried_over?: boolean }>): UnconfirmedOf {
	return (key) => !!answers.get(key)?.carried_over;
}

/** Ratio as a whole percentage for bars and labels; null stays null. */
export function percent(ratio: number | null): number | null {
	return ratio === null ? null : percentValue(ratio);
}
