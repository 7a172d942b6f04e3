/**
 * Risk criteria (リスク基準): the likelihood and consequence scales (3 to 6
 * levels each, 5×5 by default), the risk levels with their colours and
 * review cadence, the level grid, and the tolerance above which treatment is
 * required. The default consequence scale is written against the five
 * severity levels 0–4 of seed 002 (service continuity, safety, trust).
 * Pure: shapes, validation and the level computation. Default texts live in
 * criteria-defaults.ts.
 */
import { z } from 'zod';
import type { Localized } from '../sectors';

export const SCALE_SIZES = [3, 4, 5, 6] as const;
export const BAND_COUNTS = [2, 3, 4, 5] as const;
export const SEVERITIES = [0, 1, 2, 3, 4] as const;
export const CRITERIA_LIMITS = { label: 60, description: 500, reviewMonthsMax: 60 } as const;

export interface LikelihoodLevel {
	label: Localized;
	description: Localized;
}

export interface ImpactLevel {
	label: Localized;
	/** The severity level (深刻度, seed 002) this consequence level corresponds to. */
	severity: number;
	continuity: Localized;
	safety: Localized;
	trust: Localized;
}

export interface RiskBand {
	label: Localized;
	/** Background colour of the level, '#rrggbb'. */
	color: string;
	/** Review a risk at this level at least every n months. */
	reviewMonths: number;
}

export interface CriteriaContent {
	/** Index 0 = likelihood 1 (rarest). */
	likelihood: LikelihoodLevel[];
	/** Index 0 = consequence 1 (slightest). */
	impact: ImpactLevel[];
	/** Index 0 = the lowest risk level. */
	bands: RiskBand[];
	/** grid[impact - 1][likelihood - 1] = index into `bands`. */
	grid: number[][];
	/** The highest band index that may be retained without treatment. */
	tolerance: number;
}

const localized = (max: number, required: boolean) =>
	z.strictObject({
		ja: required ? z.string().trim().min(1).max(max) : z.string().trim().max(max),
		en: z.string().trim().max(max)
	});

const HEX = /^#[0-9a-f]{6}$/;

export const criteriaContentSchema = z
	.strictObject({
		likelihood: z
			.array(z.strictObject({ label: localized(CRITERIA_LIMITS.label, true), description: localized(CRITERIA_LIMITS.description, false) }))
			.min(3)
			.max(6),
		impact: z
			.array(
				z.strictObject({
					label: localized(CRITERIA_LIMITS.label, true),
					severity: z.number().int().min(0).max(4),
					continuity: localized(CRITERIA_LIMITS.description, false),
					safety: localized(CRITERIA_LIMITS.description, false),
					trust: localized(CRITERIA_LIMITS.description, false)
				})
			)
			.min(3)
			.max(6),
		bands: z
			.array(
				z.strictObject({
					label: localized(CRITERIA_LIMITS.label, true),
					color: z.string().regex(HEX),
					reviewMonths: z.number().int().min(1).max(CRITERIA_LIMITS.reviewMonthsMax)
				})
			)
			.min(2)
			.max(5),
		grid: z.array(z.array(z.number().int().min(0))),
		tolerance: z.number().int().min(0)
	})
	.superRefine((c, ctx) => {
		for (const problem of gridProblems(c)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
	});

export interface CriteriaProblem {
	path: (string | number)[];
	message: 'grid_size' | 'grid_band' | 'grid_order' | 'tolerance' | 'severity_order';
}

/** What is wrong with the grid, the tolerance and the severity mapping (the scales themselves are checked by the schema). */
export function gridProblems(c: Pick<CriteriaContent, 'likelihood' | 'impact' | 'bands' | 'grid' | 'tolerance'>): CriteriaProblem[] {
	const out: CriteriaProblem[] = [];
	const nL = c.likelihood.length;
	const nI = c.impact.length;
	if (c.grid.length !== nI || c.grid.some((row) => row.length !== nL)) return [{ path: ['grid'], message: 'grid_size' }];
	for (let i = 0; i < nI; i++) {
		for (let l = 0; l < nL; l++) {
			const band = c.grid[i][l];
			if (!(band >= 0 && band < c.bands.length)) out.push({ path: ['grid', i, l], message: 'grid_band' });
			else if ((l > 0 && band < c.grid[i][l - 1]) || (i > 0 && band < c.grid[i - 1][l]))
				out.push({ path: ['grid', i, l], message: 'grid_order' });
		}
	}
	if (!(c.tolerance >= 0 && c.tolerance < c.bands.length - 1)) out.push({ path: ['tolerance'], message: 'tolerance' });
	c.impact.forEach((level, i) => {
		if (i > 0 && level.severity < c.impact[i - 1].severity) out.push({ path: ['impact', i, 'severity'], message: 'severity_order' });
	});
	return out;
}

export function parseCriteria(input: unknown): CriteriaContent | null {
	const result = criteriaContentSchema.safeParse(input);
	return result.success ? result.data : null;
}

/** A rating on a scale of `size` levels: an integer 1..size. */
export function isRating(value: unknown, size: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= size;
}

/**
 * The risk level (band index) of likelihood `l` and consequence `i` under the
 * criteria, or null when either is not a rating on its scale (not analysed).
 */
export function riskLevel(c: CriteriaContent, l: number, i: number): number | null {
	if (!isRating(l, c.likelihood.length) || !isRating(i, c.impact.length)) return null;
	return c.grid[i - 1][l - 1];
}

/** Treatment is required above the tolerance. */
export function requiresTreatment(c: CriteriaContent, band: number | null): boolean {
	return band !== null && band > c.tolerance;
}

/** Position of a rating in 0..1 (1 = the top of the scale), for ordering across scales. */
export function normalised(value: number, size: number): number {
	return size <= 1 ? 1 : (value - 1) / (size - 1);
}

/** Cut points on the normalised score (l/nL)·(i/nI) for each number of bands (the default grids). */
const CUTS: Record<number, number[]> = {
	2: [0.4],
	3: [0.25, 0.55],
	4: [0.2, 0.4, 0.7],
	5: [0.1, 0.2, 0.4, 0.7]
};

/**
 * The default grid: bands by the product of likelihood and consequence,
 * monotonic by construction; the rarest-and-slightest cell is always the
 * lowest level and the top corner the highest.
 */
export function defaultGrid(nL: number, nI: number, bands: number): number[][] {
	const cuts = CUTS[bands] ?? CUTS[4];
	return Array.from({ length: nI }, (_, i) =>
		Array.from({ length: nL }, (_, l) => {
			if (l === 0 && i === 0) return 0;
			const s = ((l + 1) / nL) * ((i + 1) / nI);
			return cuts.filter((cut) => s >= cut - 1e-9).length;
		})
	);
}

/** A rating moved to a scale of another size, keeping its relative position (a proposal when re-evaluating). */
export function remapRating(value: number, from: number, to: number): number {
	if (from === to) return value;
	return Math.round(normalised(value, from) * (to - 1)) + 1;
}

function channel(hex: string, at: number): number {
	const c = parseInt(hex.slice(at, at + 2), 16) / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
	return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio of two '#rrggbb' colours. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

/** The text colour (dark or white) that reads best on a band's colour. */
export function textOn(background: string): string {
	return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** A localized text in `lang`, falling back to Japanese when the English is left empty. */
export function say(text: Localized, lang: 'ja' | 'en'): string {
	return lang === 'en' && text.en.trim() ? text.en : text.ja;
}
