/**
 * Self-check scores. implemented and alternative = 1 point, partial = 0.5,
 * not_implemented and unanswered = 0; not_applicable items are left out of
 * what is possible. Each group (groups.ts) is scored on its own; reference
 * items the organisation did not adopt are not given to scoring at all
 * (adoption.ts). Scores are a self-evaluation aid (seed 001 IV-1(2)), not a
 * ranking of operators. Pure.
 */
import type { AnswerStatus } from './answers';
import type { ScoreGroupName } from './groups';

export { SCORE_GROUPS, type ScoreGroupName } from './groups';

/** Points per status; null = excluded from the denominator. */
export const STATUS_POINTS: Record<AnswerStatus, number | null> = {
	implemented: 1,
	alternative: 1,
	partial: 0.5,
	not_implemented: 0,
	unanswered: 0,
	not_applicable: null
};

export interface ScoreInput {
	itemId: string;
	sectionId: string;
	group: ScoreGroupName;
	status: AnswerStatus;
}

export interface Score {
	points: number;
	/** Items that count (not not_applicable), one point each. */
	possible: number;
	/** points / possible; null when nothing is possible. */
	ratio: number | null;
	/** Items with any status but unanswered (not_applicable counts as answered). */
	answered: number;
	/** All items, not_applicable included. */
	total: number;
}

export type ScoreGroup = Record<ScoreGroupName | 'overall', Score>;

export interface ChecklistScore extends ScoreGroup {
	/** Per section id, in order of first appearance. */
	bySection: Record<string, ScoreGroup>;
}

export interface Progress {
	/** Items with any status but unanswered, unconfirmed carried-over answers included. */
	answered: number;
	/**
	 * Of those, answers carried over from the previous year that nobody has
	 * confirmed this year: they count in the scores (as last year's answer)
	 * but not as this year's progress.
	 */
	unconfirmed: number;
	total: number;
	/** (answered − unconfirmed) / total: answered or confirmed this year; null when there is nothing to answer. */
	ratio: number | null;
}

/** What progress needs of an item: its status, and whether it is an unconfirmed carried-over answer. */
export interface ProgressInput {
	status: AnswerStatus;
	unconfirmed?: boolean;
}

/** Score of a list of statuses. */
export function scoreStatuses(statuses: readonly AnswerStatus[]): Score {
	let points = 0;
	let possible = 0;
	let answered = 0;
	for (const status of statuses) {
		const value = STATUS_POINTS[status];
		if (value !== null) {
			points += value;
			possible += 1;
		}
		if (status !== 'unanswered') answered += 1;
	}
	return { points, possible, ratio: possible === 0 ? null : points / possible, answered, total: statuses.length };
}

function scoreGroup(inputs: readonly Pick<ScoreInput, 'group' | 'status'>[]): ScoreGroup {
	const by = (group: ScoreGroupName) => scoreStatuses(inputs.filter((i) => i.group === group).map((i) => i.status));
	return {
		consider: by('consider'),
		reference: by('reference'),
		sector: by('sector'),
		leading: by('leading'),
		overall: scoreStatuses(inputs.map((i) => i.status))
	};
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const value of values) {
		const k = key(value);
		const group = groups.get(k);
		if (group) group.push(value);
		else groups.set(k, [value]);
	}
	return groups;
}

/** Scores answers per group, overall and per section. */
export function scoreAnswers(inputs: readonly ScoreInput[]): ChecklistScore {
	const sections = groupBy(inputs, (i) => i.sectionId);
	return {
		...scoreGroup(inputs),
		bySection: Object.fromEntries([...sections].map(([id, group]) => [id, scoreGroup(group)]))
	};
}

/** How far the self-check has got: answered (anything but unanswered) out of all items, and how many of those are unconfirmed. */
export function progress(inputs: readonly ProgressInput[]): Progress {
	const answered = inputs.filter((i) => i.status !== 'unanswered');
	const unconfirmed = answered.filter((i) => i.unconfirmed).length;
	return {
		answered: answered.length,
		unconfirmed,
		total: inputs.length,
		ratio: inputs.length === 0 ? null : (answered.length - unconfirmed) / inputs.length
	};
}

// ---------------------------------------------------------------------------
// Year-on-year comparison

export interface YearAnswer extends ScoreInput {
	checklistId: string;
}

export interface ScoreDelta {
	current: Score;
	previous: Score;
	/** current.points − previous.points */
	points: number;
	/** current.ratio − previous.ratio; null when either is null. */
	ratio: number | null;
}

export type DeltaGroup = Record<ScoreGroupName | 'overall', ScoreDelta>;

export interface SectionComparison extends DeltaGroup {
	checklistId: string;
	sectionId: string;
}

export interface StatusChange {
	checklistId: string;
	itemId: string;
	sectionId: string;
	group: ScoreGroupName;
	previous: AnswerStatus;
	current: AnswerStatus;
}

export interface YearComparison {
	/** Over the items answered in both years. */
	overall: DeltaGroup;
	/** Per section (as in the current year), over the items in both years; in order of first appearance. */
	sections: SectionComparison[];
	/** Items with a status in both years that changed. */
	changed: StatusChange[];
	/** Items only in the current year (e.g. new in a new checklist version). */
	onlyInCurrent: YearAnswer[];
	/** Items only in the previous year (e.g. dropped, or the checklist no longer applies). */
	onlyInPrevious: YearAnswer[];
}

const keyOf = (a: Pick<YearAnswer, 'checklistId' | 'itemId'>): string => JSON.stringify([a.checklistId, a.itemId]);

function indexByKey(answers: readonly YearAnswer[], year: string): Map<string, YearAnswer> {
	const index = new Map<string, YearAnswer>();
	for (const answer of answers) {
		const key = keyOf(answer);
		if (index.has(key)) throw new Error(`${year} year has two answers for ${answer.checklistId} ${answer.itemId}`);
		index.set(key, answer);
	}
	return index;
}

function delta(current: Score, previous: Score): ScoreDelta {
	return {
		current,
		previous,
		points: current.points - previous.points,
		ratio: current.ratio === null || previous.ratio === null ? null : current.ratio - previous.ratio
	};
}

interface Pair {
	current: YearAnswer;
	previous: YearAnswer;
}

/** Both years scored on the same items, grouped and classified as in the current year. */
function deltaGroup(pairs: readonly Pair[]): DeltaGroup {
	const now = scoreGroup(pairs.map((p) => p.current));
	const before = scoreGroup(pairs.map((p) => ({ group: p.current.group, status: p.previous.status })));
	return {
		consider: delta(now.consider, before.consider),
		reference: delta(now.reference, before.reference),
		sector: delta(now.sector, before.sector),
		leading: delta(now.leading, before.leading),
		overall: delta(now.overall, before.overall)
	};
}

/**
 * Compares two years' answers, matching items by checklist id + item id.
 * Deltas cover only matched items; an item moved to another section or
 * regrouped counts where the current year puts it. Throws if a year
 * answers the same item twice.
 */
export function compareYears(current: readonly YearAnswer[], previous: readonly YearAnswer[]): YearComparison {
	const currentIndex = indexByKey(current, 'current');
	const previousIndex = indexByKey(previous, 'previous');
	const pairs: Pair[] = [];
	const onlyInCurrent: YearAnswer[] = [];
	for (const answer of current) {
		const before = previousIndex.get(keyOf(answer));
		if (before) pairs.push({ current: answer, previous: before });
		else onlyInCurrent.push(answer);
	}
	const onlyInPrevious = previous.filter((answer) => !currentIndex.has(keyOf(answer)));

	const sections = [...groupBy(pairs, (p) => JSON.stringify([p.current.checklistId, p.current.sectionId]))].map(
		([, group]): SectionComparison => ({
			checklistId: group[0].current.checklistId,
			sectionId: group[0].current.sectionId,
			...deltaGroup(group)
		})
	);
	const changed = pairs
		.filter((p) => p.current.status !== p.previous.status)
		.map((p): StatusChange => ({
			checklistId: p.current.checklistId,
			itemId: p.current.itemId,
			sectionId: p.current.sectionId,
			group: p.current.group,
			previous: p.previous.status,
			current: p.current.status
		}));
	return { overall: deltaGroup(pairs), sections, changed, onlyInCurrent, onlyInPrevious };
}
