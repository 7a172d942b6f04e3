/**
 * Counts of answer statuses behind the answering page's progress, scores and
 * year-on-year comparison. The server counts every item; the browser is sent
 * the counts (not every item and answer) and moves an item from one count to
 * another when its answer changes on the page (`moveItem`). The scores are
 * computed from the counts by scoring.ts itself, so they are the same as
 * scoring every item. Pure.
 */
import type { AnswerStatus } from '../answers';
import {
	compareYears,
	progress,
	scoreAnswers,
	type ScoreGroupName,
	type ScoreInput,
	type YearAnswer,
	type YearComparison
} from '../scoring';
import type { AssessmentScores } from './scores';

/** How an item counts: where it is scored, its status, and last year's status (null: not asked last year). */
export interface TallyItem {
	sectionKey: string;
	group: ScoreGroupName;
	status: AnswerStatus;
	/** A carried-over answer nobody confirmed yet. */
	unconfirmed: boolean;
	/** Absent when there is no previous year. */
	previous?: AnswerStatus | null;
}

export type Counts = Record<string, number>;

export interface StatusTally {
	/** Per bucket (section and group, in the order of the items): items per status. */
	current: Record<string, Counts>;
	/** With a previous year: per bucket, items asked in both years per "status previous-status". */
	paired: Record<string, Counts> | null;
	/** Items not asked last year. */
	onlyInCurrent: number;
	/** Answered items whose answer was carried over and not confirmed. */
	unconfirmed: number;
}

const bucketOf = (item: Pick<TallyItem, 'sectionKey' | 'group'>): string => JSON.stringify([item.sectionKey, item.group]);
const parseBucket = (bucket: string): [string, ScoreGroupName] => JSON.parse(bucket) as [string, ScoreGroupName];

function add(counts: Record<string, Counts>, bucket: string, key: string, by: number): void {
	const row = (counts[bucket] ??= {});
	row[key] = (row[key] ?? 0) + by;
	if (row[key] === 0) delete row[key];
}

function count(tally: StatusTally, item: TallyItem, by: 1 | -1): void {
	const bucket = bucketOf(item);
	add(tally.current, bucket, item.status, by);
	if (tally.paired && item.previous) add(tally.paired, bucket, `${item.status} ${item.previous}`, by);
	else if (tally.paired && item.previous === null) tally.onlyInCurrent += by;
	if (item.unconfirmed && item.status !== 'unanswered') tally.unconfirmed += by;
}

export function tallyItems(items: readonly TallyItem[], withPrevious: boolean): StatusTally {
	const tally: StatusTally = { current: {}, paired: withPrevious ? {} : null, onlyInCurrent: 0, unconfirmed: 0 };
	for (const item of items) count(tally, item, 1);
	return tally;
}

/** The tally after an item's answer changed from `item` to `next` (a new object; the old one is kept). */
export function moveItem(tally: StatusTally, item: TallyItem, next: Pick<TallyItem, 'status' | 'unconfirmed'>): StatusTally {
	const copy: StatusTally = structuredClone(tally);
	count(copy, item, -1);
	count(copy, { ...item, ...next }, 1);
	return copy;
}

/** The counted items again, as scoring.ts takes them (ids made up: only where they count matters). */
function scoreInputs(tally: StatusTally): ScoreInput[] {
	const inputs: ScoreInput[] = [];
	for (const [bucket, row] of Object.entries(tally.current)) {
		const [sectionId, group] = parseBucket(bucket);
		for (const [status, n] of Object.entries(row))
			for (let i = 0; i < n; i++) inputs.push({ itemId: `${bucket}${status}${i}`, sectionId, group, status: status as AnswerStatus });
	}
	return inputs;
}

export function tallyScores(tally: StatusTally): AssessmentScores {
	const inputs = scoreInputs(tally);
	let unconfirmed = tally.unconfirmed;
	return {
		score: scoreAnswers(inputs),
		progress: progress(inputs.map((input) => ({ status: input.status, unconfirmed: input.status !== 'unanswered' && unconfirmed-- > 0 })))
	};
}

/**
 * The year-on-year comparison from the counts; null without a previous year.
 * Sections are named by their section key (`sectionId`; `checklistId` is '').
 */
export function tallyComparison(tally: StatusTally): YearComparison | null {
	if (!tally.paired) return null;
	const current: YearAnswer[] = [];
	const previous: YearAnswer[] = [];
	for (const [bucket, row] of Object.entries(tally.paired)) {
		const [sectionId, group] = parseBucket(bucket);
		for (const [pair, n] of Object.entries(row)) {
			const [now, before] = pair.split(' ') as [AnswerStatus, AnswerStatus];
			for (let i = 0; i < n; i++) {
				const itemId = `${bucket}${pair}${i}`;
				current.push({ checklistId: '', itemId, sectionId, group, status: now });
				previous.push({ checklistId: '', itemId, sectionId, group, status: before });
			}
		}
	}
	for (let i = 0; i < tally.onlyInCurrent; i++)
		current.push({ checklistId: '', itemId: `new${i}`, sectionId: '', group: 'consider', status: 'unanswered' });
	return compareYears(current, previous);
}
