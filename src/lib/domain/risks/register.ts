/**
 * The risk register's evaluation (リスク評価) and monitoring: levels of each
 * risk with its own criteria version, whether treatment is required, the
 * prioritised list, heat maps per stage with the risks in each cell, and
 * when each risk is due for review. Pure: `now` is a parameter.
 */
import { normalised, requiresTreatment, type CriteriaContent } from './criteria';
import { addMonths, daysUntil, jstDate } from './dates';
import { currentCriteria, levelsOf, type Analysis, type ApprovedVersion, type CriteriaVersion, type Levels, type Stage } from './versions';
import type { RiskCategory } from './threat-catalogue';

export const TREATMENT_OPTIONS = ['reduce', 'avoid', 'transfer', 'accept'] as const;
export type TreatmentOption = (typeof TREATMENT_OPTIONS)[number];

export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export interface RiskInput {
	id: string;
	ref: string;
	title: string;
	category: RiskCategory;
	status: RiskStatus;
	treatment: TreatmentOption | '';
	analysis: Analysis;
	/** ISO instants. */
	created: string;
	reviewedAt: string | null;
}

export interface EvaluatedRisk extends RiskInput {
	levels: Levels;
	/** The current level is above the tolerance of the risk's criteria. */
	treatmentRequired: boolean;
	/** The stage that decides the risk's place: current, else inherent. */
	decisive: number | null;
	/** For ordering within a level: the normalised product of the decisive rating. */
	score: number;
	review: { due: string | null; days: number | null };
}

function decisiveRating(a: Analysis) {
	return a.current ?? a.inherent;
}

export function evaluate(risk: RiskInput, versions: readonly CriteriaVersion[], now: Date): EvaluatedRisk {
	const levels = levelsOf(risk.analysis, versions);
	const content = levels.version?.content ?? null;
	const decisive = levels.current ?? levels.inherent;
	const rating = decisiveRating(risk.analysis);
	const score =
		content && rating ? normalised(rating.likelihood, content.likelihood.length) * normalised(rating.impact, content.impact.length) : -1;
	return {
		...risk,
		levels,
		treatmentRequired: content !== null && requiresTreatment(content, levels.current),
		decisive,
		score,
		review: reviewOf(risk, content, decisive, now)
	};
}

function reviewOf(risk: RiskInput, content: CriteriaContent | null, decisive: number | null, now: Date) {
	if (risk.status === 'closed' || content === null || decisive === null) return { due: null, days: null };
	const base = jstDate(risk.reviewedAt ?? risk.created);
	const due = addMonths(base, content.bands[decisive].reviewMonths);
	return { due, days: daysUntil(due, now) };
}

/** Register order (R-2 before R-10); one collator, as `localeCompare` with options builds one per call (≈ 100× slower in a sort). */
const byRef = new Intl.Collator('en', { numeric: true });

/** Highest level first, then the larger likelihood × consequence, then the register order. Closed risks last. */
export function prioritise<T extends EvaluatedRisk>(risks: readonly T[]): T[] {
	return [...risks].sort(
		(a, b) =>
			Number(a.status === 'closed') - Number(b.status === 'closed') ||
			(b.decisive ?? -1) - (a.decisive ?? -1) ||
			b.score - a.score ||
			byRef.compare(a.ref, b.ref)
	);
}

export interface HeatMap {
	stage: Stage;
	version: ApprovedVersion;
	/** cells[impact - 1][likelihood - 1] = ids of the risks there. */
	cells: string[][][];
	/** Open risks not on the map: rated with another version, or not rated at this stage. */
	otherVersion: string[];
	unrated: string[];
}

/** Open risks per cell for one stage, on the criteria version in force. */
export function heatMap(risks: readonly EvaluatedRisk[], versions: readonly CriteriaVersion[], stage: Stage): HeatMap | null {
	const version = currentCriteria(versions);
	if (!version) return null;
	const { likelihood, impact } = version.content;
	const cells = impact.map(() => likelihood.map((): string[] => []));
	const otherVersion: string[] = [];
	const unrated: string[] = [];
	for (const risk of risks) {
		if (risk.status === 'closed') continue;
		const rating = risk.analysis[stage];
		if (risk.levels.version?.id !== version.id) {
			if (rating) otherVersion.push(risk.id);
			else unrated.push(risk.id);
		} else if (!rating || risk.levels[stage] === null) unrated.push(risk.id);
		else cells[rating.impact - 1][rating.likelihood - 1].push(risk.id);
	}
	return { stage, version, cells, otherVersion, unrated };
}

/** A heat map as the register page shows it: how many risks in each cell, not which. */
export interface HeatMapCounts {
	stage: Stage;
	version: ApprovedVersion;
	/** cells[impact - 1][likelihood - 1] = number of open risks there. */
	cells: number[][];
	otherVersion: number;
	unrated: number;
}

export function heatMapCounts(map: HeatMap): HeatMapCounts {
	return {
		stage: map.stage,
		version: map.version,
		cells: map.cells.map((row) => row.map((ids) => ids.length)),
		otherVersion: map.otherVersion.length,
		unrated: map.unrated.length
	};
}

/** Open risks due for review within `days` days (overdue first). */
export function dueForReview(risks: readonly EvaluatedRisk[], days = 30): EvaluatedRisk[] {
	return risks
		.filter((r) => r.review.days !== null && r.review.days <= days)
		.sort((a, b) => (a.review.days ?? 0) - (b.review.days ?? 0) || byRef.compare(a.ref, b.ref));
}
