/**
 * The server's validation of one answer (zod). The browser checks the same
 * rules without zod before saving (validateAnswer in ./answers.ts); a unit
 * test holds the two to the same verdicts.
 */
import { z } from 'zod';
import {
	ANSWER_MESSAGES,
	ANSWER_STATUSES,
	chars,
	isAnswerField,
	isAnswerMessageKey,
	JUSTIFICATION_MAX_CHARS,
	NOTES_MAX_CHARS,
	OWNER_MAX_CHARS,
	requiresJustification,
	type AnswerIssue,
	type AnswerMessageKey,
	type AnswerValidation
} from './answers';

const text = (max: number, tooLong: AnswerMessageKey) =>
	z
		.string({ error: 'text' satisfies AnswerMessageKey })
		.refine((s) => chars(s) <= max, { message: tooLong })
		.default('');

/** An ISO date, or nothing ('' and null from forms count as nothing). */
const optionalDate = z
	.union([z.iso.date({ error: 'target_date' satisfies AnswerMessageKey }), z.literal(''), z.null()], {
		error: 'target_date' satisfies AnswerMessageKey
	})
	.optional()
	.transform((value) => (value ? value : null));

export const answerInputSchema = z
	.strictObject({
		status: z.enum(ANSWER_STATUSES, { error: 'status' satisfies AnswerMessageKey }),
		justification: text(JUSTIFICATION_MAX_CHARS, 'justification_too_long'),
		notes: text(NOTES_MAX_CHARS, 'notes_too_long'),
		owner: text(OWNER_MAX_CHARS, 'owner_too_long'),
		targetDate: optionalDate
	})
	.superRefine((answer, ctx) => {
		if (requiresJustification(answer.status) && answer.justification.trim() === '') {
			const message: AnswerMessageKey = answer.status === 'alternative' ? 'justification_alternative' : 'justification_not_applicable';
			ctx.addIssue({ code: 'custom', message, path: ['justification'] });
		}
	})
	.transform((answer) => ({
		status: answer.status,
		justification: answer.justification.trim(),
		notes: answer.notes,
		owner: answer.owner.trim(),
		// Kept whatever the status: it only means something while there is a gap to close
		// (allowsTargetDate), but switching partly → implemented and back must not lose it.
		targetDate: answer.targetDate
	}));

/**
 * Validates one answer sent to the server (the form action), with zod.
 * Strings are kept as entered except that justification and owner are
 * trimmed; '' or null as target date means none. A target date is kept for
 * every status (shown only while there is a gap).
 */
export function parseAnswer(input: unknown): AnswerValidation {
	const result = answerInputSchema.safeParse(input);
	if (result.success) return { ok: true, answer: result.data };
	const issues = result.error.issues.flatMap((issue): AnswerIssue[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				field: '',
				message: { ja: `想定していない項目です: ${key}`, en: `Unexpected field: ${key}` }
			}));
		}
		const field = isAnswerField(issue.path[0]) ? issue.path[0] : '';
		const message = ANSWER_MESSAGES[isAnswerMessageKey(issue.message) ? issue.message : 'invalid'];
		return [{ field, message }];
	});
	return { ok: false, issues };
}
