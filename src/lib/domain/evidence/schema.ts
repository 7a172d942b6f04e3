/**
 * Validation of what a person enters about evidence: its details (for an
 * upload, a link, or an edit) and the note of a new revision. The same rules
 * hold in PocketBase (pb_hooks/lib/evidence.js); these give the message
 * next to the field before anything is sent.
 */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { EVIDENCE_LIMITS, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from './facts';

/** Length in characters (code points), as PocketBase counts. */
const chars = (s: string): number => Array.from(s).length;

const text = (m: Messages, max: number) =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => chars(s) <= max, m.errors.tooLong(max));

const date = (m: Messages) =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))), m.errors.date);

const fiscalYear = (m: Messages) =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine(
			(s) => s === '' || (/^\d{4}$/.test(s) && Number(s) >= FISCAL_YEAR_MIN && Number(s) <= FISCAL_YEAR_MAX),
			m.evidence.refusals.fiscalYear(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)
		)
		.transform((s) => (s === '' ? null : Number(s)));

function details(m: Messages) {
	return z.object({
		title: text(m, EVIDENCE_LIMITS.title).refine((s) => s !== '', m.errors.required),
		description: text(m, EVIDENCE_LIMITS.description),
		owner: text(m, EVIDENCE_LIMITS.owner),
		fiscal_year: fiscalYear(m),
		effective_from: date(m),
		effective_to: date(m),
		expires_on: date(m)
	});
}

type Details = z.output<ReturnType<typeof details>>;

function checkPeriod(m: Messages) {
	return (value: Details, ctx: z.RefinementCtx) => {
		if (value.fiscal_year === null && !value.effective_from) {
			ctx.addIssue({ code: 'custom', path: ['effective_from'], message: m.evidence.refusals.periodRequired });
		}
		if (value.effective_to && !value.effective_from) {
			ctx.addIssue({ code: 'custom', path: ['effective_from'], message: m.evidence.refusals.periodRequired });
		}
		if (value.effective_from && value.effective_to && value.effective_to < value.effective_from) {
			ctx.addIssue({ code: 'custom', path: ['effective_to'], message: m.evidence.refusals.periodOrder });
		}
	};
}

/** Details of new file evidence (sent with the file) or of an edit. */
export function detailsSchema(m: Messages) {
	return details(m).superRefine(checkPeriod(m));
}

/** A link: its details and its address. */
export function linkSchema(m: Messages) {
	return details(m)
		.extend({
			url: text(m, EVIDENCE_LIMITS.url)
				.refine((s) => s !== '', m.errors.required)
				.refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), m.evidence.refusals.urlScheme)
		})
		.superRefine(checkPeriod(m));
}

/** A new revision of existing evidence. */
export function revisionSchema(m: Messages) {
	return z.object({
		evidence: z.string().regex(/^[a-z0-9]{15}$/, m.evidence.refusals.notFound),
		note: text(m, EVIDENCE_LIMITS.note)
	});
}

export type EvidenceDetails = z.output<ReturnType<typeof detailsSchema>>;
