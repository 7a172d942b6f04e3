/** Validation of the auditor's forms (reviews, findings, requests) and of the responses. The hooks hold the same rules. */
import { z } from 'zod';
import type { Messages } from '$lib/i18n';
import { EVIDENCE_LINKS } from '../schema/evidence';
import { REVIEW_LIMITS, SEVERITIES, VERDICTS } from './review';
import { date, text } from './schema';

const required = (m: Messages, max: number) => text(m, max).refine((s) => s !== '', m.errors.required);
const id = z.string().regex(/^[a-z0-9]{15}$/);

export function reviewSchema(m: Messages) {
	return z
		.object({ evidence: id, verdict: z.enum(VERDICTS, { error: m.errors.choose }), comment: text(m, REVIEW_LIMITS.comment) })
		.refine((v) => v.verdict === 'accepted' || v.comment !== '', { path: ['comment'], message: m.review.commentRequired });
}

const target = {
	target_type: z.string().regex(/^[a-z][a-z0-9_]{0,49}$/),
	target_id: id,
	target_part: z.string().max(EVIDENCE_LINKS.target_part.max).default('')
};

export function findingSchema(m: Messages) {
	return z.object({
		...target,
		title: required(m, REVIEW_LIMITS.title),
		description: text(m, REVIEW_LIMITS.text),
		severity: z.enum(SEVERITIES, { error: m.errors.choose }),
		recommendation: text(m, REVIEW_LIMITS.text),
		due_date: date(m)
	});
}

/** An edit of a finding's content by the auditor (the target stays). */
export function findingEditSchema(m: Messages) {
	return findingSchema(m).omit({ target_type: true, target_id: true, target_part: true });
}

export function responseSchema(m: Messages) {
	return z.object({ response: text(m, REVIEW_LIMITS.text).refine((s) => s !== '', m.findings.responseRequired) });
}

export function noteSchema(m: Messages, needed: boolean) {
	return z.object({
		note: needed ? text(m, REVIEW_LIMITS.note).refine((s) => s !== '', m.findings.noteRequired) : text(m, REVIEW_LIMITS.note)
	});
}

export function requestSchema(m: Messages) {
	return z.object({ ...target, title: required(m, REVIEW_LIMITS.title), body: text(m, REVIEW_LIMITS.body), due_date: date(m) });
}

export function fulfilSchema(m: Messages) {
	return z.object({
		evidence: z.string().regex(/^[a-z0-9]{15}$/, m.review.requests.chooseEvidence),
		resolution: text(m, REVIEW_LIMITS.body)
	});
}

export function resolutionSchema(m: Messages, needed: boolean) {
	return z.object({
		resolution: needed ? text(m, REVIEW_LIMITS.body).refine((s) => s !== '', m.review.requests.reopenHint) : text(m, REVIEW_LIMITS.body)
	});
}
