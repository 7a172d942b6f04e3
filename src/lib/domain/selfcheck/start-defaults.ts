/**
 * What the form that starts a self-check proposes: the current fiscal year
 * (from today on the Japanese calendar and the organisation's start month),
 * and, to compare with and carry answers forward from, the latest signed
 * self-check of an earlier year — never a draft or one still awaiting its
 * signature, whose answers nobody has approved. Pure.
 */
import { fiscalYearInJapan } from '../fiscal-year';

export interface StartCandidate {
	id: string;
	fiscalYear: number;
	revision: number;
	status: 'draft' | 'submitted' | 'signed';
}

export interface StartDefaults {
	/** The fiscal year proposed: the current one. */
	year: number;
	/** The current fiscal year's self-check (latest revision), when one exists already. */
	existing: StartCandidate | null;
	/** Id of the self-check to carry forward from ('' when there is none signed). */
	previous: string;
}

/** The latest revision of each fiscal year, newest year first. */
export function latestRevisions<T extends StartCandidate>(assessments: readonly T[]): T[] {
	const byYear = new Map<number, T>();
	for (const a of assessments) {
		const seen = byYear.get(a.fiscalYear);
		if (!seen || a.revision > seen.revision) byYear.set(a.fiscalYear, a);
	}
	return [...byYear.values()].sort(newestFirst);
}

/** Newest year first, and within a year the newest revision first. */
export const newestFirst = (a: StartCandidate, b: StartCandidate): number => b.fiscalYear - a.fiscalYear || b.revision - a.revision;

/**
 * The last signed self-check of a year before `year` ('' when none): a
 * revision reopened and not yet signed again leaves its signed predecessor
 * as the one to carry forward from.
 */
export function defaultPrevious(assessments: readonly StartCandidate[], year: number): string {
	return [...assessments].sort(newestFirst).find((a) => a.fiscalYear < year && a.status === 'signed')?.id ?? '';
}

export function startDefaults(assessments: readonly StartCandidate[], today: Date, fyStartMonth: number): StartDefaults {
	const year = fiscalYearInJapan(today, fyStartMonth);
	return {
		year,
		existing: latestRevisions(assessments).find((a) => a.fiscalYear === year) ?? null,
		previous: defaultPrevious(assessments, year)
	};
}
