/**
 * The criteria editor's form ↔ criteria content. Field names are the content
 * path joined with dots: `likelihood.0.label.ja`, `impact.2.continuity.en`,
 * `bands.1.color`, `grid.3.4`, `tolerance`. Errors come back under the same
 * names, so each input shows its own message. Pure.
 */
import type { Localized } from '../sectors';
import { criteriaContentSchema, type CriteriaContent } from './criteria';

export type CriteriaFormResult = { ok: true; content: CriteriaContent } | { ok: false; errors: Record<string, string> };

export type CriteriaMessage =
	'required' | 'tooLong' | 'number' | 'color' | 'grid_order' | 'grid_band' | 'tolerance' | 'severity_order' | 'invalid';

/**
 * Reads the editor's fields for criteria of the given shape (scale sizes and
 * number of levels come from the stored draft, not from the form).
 */
export function criteriaFromForm(
	values: Record<string, string>,
	shape: { likelihood: number; impact: number; bands: number },
	describe: (message: CriteriaMessage) => string
): CriteriaFormResult {
	const text = (key: string): Localized => ({ ja: (values[`${key}.ja`] ?? '').trim(), en: (values[`${key}.en`] ?? '').trim() });
	const num = (key: string): number => {
		const raw = (values[key] ?? '').trim();
		return /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
	};
	const content = {
		likelihood: Array.from({ length: shape.likelihood }, (_, k) => ({
			label: text(`likelihood.${k}.label`),
			description: text(`likelihood.${k}.description`)
		})),
		impact: Array.from({ length: shape.impact }, (_, k) => ({
			label: text(`impact.${k}.label`),
			severity: num(`impact.${k}.severity`),
			continuity: text(`impact.${k}.continuity`),
			safety: text(`impact.${k}.safety`),
			trust: text(`impact.${k}.trust`)
		})),
		bands: Array.from({ length: shape.bands }, (_, k) => ({
			label: text(`bands.${k}.label`),
			color: (values[`bands.${k}.color`] ?? '').trim().toLowerCase(),
			reviewMonths: num(`bands.${k}.reviewMonths`)
		})),
		grid: Array.from({ length: shape.impact }, (_, i) => Array.from({ length: shape.likelihood }, (_, l) => num(`grid.${i}.${l}`))),
		tolerance: num('tolerance')
	};
	const parsed = criteriaContentSchema.safeParse(content);
	if (parsed.success) return { ok: true, content: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) {
		const name = issue.path.map(String).join('.');
		errors[name || '_form'] ??= describe(messageOf(issue.code, issue.message, name));
	}
	return { ok: false, errors };
}

function messageOf(code: string, message: string, name: string): CriteriaMessage {
	if (code === 'custom' && ['grid_order', 'grid_band', 'tolerance', 'severity_order'].includes(message)) return message as CriteriaMessage;
	if (code === 'too_small' && /\.ja$/.test(name)) return 'required';
	if (code === 'too_big' && /\.(ja|en)$/.test(name)) return 'tooLong';
	if (name.endsWith('.color')) return 'color';
	if (code === 'invalid_type' || code === 'too_small' || code === 'too_big') return 'number';
	return 'invalid';
}

/** The editor's field values of stored criteria (the inverse of criteriaFromForm). */
export function criteriaToForm(c: CriteriaContent): Record<string, string> {
	const out: Record<string, string> = { tolerance: String(c.tolerance) };
	const put = (key: string, t: Localized) => {
		out[`${key}.ja`] = t.ja;
		out[`${key}.en`] = t.en;
	};
	c.likelihood.forEach((l, k) => {
		put(`likelihood.${k}.label`, l.label);
		put(`likelihood.${k}.description`, l.description);
	});
	c.impact.forEach((l, k) => {
		put(`impact.${k}.label`, l.label);
		out[`impact.${k}.severity`] = String(l.severity);
		put(`impact.${k}.continuity`, l.continuity);
		put(`impact.${k}.safety`, l.safety);
		put(`impact.${k}.trust`, l.trust);
	});
	c.bands.forEach((b, k) => {
		put(`bands.${k}.label`, b.label);
		out[`bands.${k}.color`] = b.color;
		out[`bands.${k}.reviewMonths`] = String(b.reviewMonths);
	});
	c.grid.forEach((row, i) => row.forEach((band, l) => (out[`grid.${i}.${l}`] = String(band))));
	return out;
}
