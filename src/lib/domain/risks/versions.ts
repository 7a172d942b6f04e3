/**
 * Versions of the risk criteria. Each approved version is immutable (the
 * database locks it at sign-off), and every analysis names the version it
 * was made with, so a new version never changes a past analysis: levels are
 * always computed with the analysis' own version. Risks still on an older
 * version are offered for re-evaluation. Pure.
 */
import { riskLevel, type CriteriaContent } from './criteria';

export const CRITERIA_STATUSES = ['draft', 'submitted', 'signed'] as const;
export type CriteriaStatus = (typeof CRITERIA_STATUSES)[number];

export interface CriteriaVersion {
	id: string;
	version: number;
	status: CriteriaStatus;
	/** null when the stored content does not parse (shown as an error, never used). */
	content: CriteriaContent | null;
}

export type ApprovedVersion = CriteriaVersion & { status: 'signed'; content: CriteriaContent };

const approved = <T extends CriteriaVersion>(v: T): v is T & ApprovedVersion => v.status === 'signed' && v.content !== null;

/** The version in force: the approved one with the highest number (null before the first approval). */
export function currentCriteria<T extends CriteriaVersion>(versions: readonly T[]): (T & ApprovedVersion) | null {
	return versions
		.filter(approved)
		.reduce<(T & ApprovedVersion) | null>((best, v) => (best === null || v.version > best.version ? v : best), null);
}

/** The version being prepared (draft or awaiting approval), if any. */
export function openVersion<T extends CriteriaVersion>(versions: readonly T[]): T | null {
	return versions.find((v) => v.status !== 'signed') ?? null;
}

export interface Rating {
	likelihood: number;
	impact: number;
}

/** A risk's analysis: inherent (no controls), current (existing controls), target (after treatment). */
export interface Analysis {
	criteria: string;
	inherent: Rating | null;
	current: Rating | null;
	target: Rating | null;
}

export const STAGES = ['inherent', 'current', 'target'] as const;
export type Stage = (typeof STAGES)[number];

export interface Levels {
	inherent: number | null;
	current: number | null;
	target: number | null;
	/** The version the analysis was made with; null when it names none or an unknown one. */
	version: ApprovedVersion | null;
	/** Made with an older version than the one in force: offer re-evaluation. */
	stale: boolean;
}

/** The levels of an analysis, computed with the criteria version it names. */
export function levelsOf(analysis: Analysis, versions: readonly CriteriaVersion[]): Levels {
	const version = versions.filter(approved).find((v) => v.id === analysis.criteria) ?? null;
	const level = (r: Rating | null) => (version && r ? riskLevel(version.content, r.likelihood, r.impact) : null);
	const current = currentCriteria(versions);
	return {
		inherent: level(analysis.inherent),
		current: level(analysis.current),
		target: level(analysis.target),
		version,
		stale: version !== null && current !== null && version.version < current.version
	};
}
