/**
 * Answers to checklist items in the annual self-check: the statuses, their
 * labels, and the validation of one answer as entered in the UI. Pure.
 */
import { z } from 'zod';
import type { Localized } from '../sectors';

export const ANSWER_STATUSES = ['implemented', 'alternative', 'partial', 'not_implemented', 'not_applicable', 'unanswered'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const ANSWER_STATUS_LABELS: Record<AnswerStatus, Localized> = {
	implemented: { ja: '実施', en: 'Implemented' },
	alternative: { ja: '代替策', en: 'Alternative measure' },
	partial: { ja: '一部実施', en: 'Partly implemented' },
	not_implemented: { ja: '未実施', en: 'Not implemented' },
	not_applicable: { ja: '対象外', en: 'Not applicable' },
	unanswered: { ja: '未回答', en: 'Unanswered' }
};

/** Statuses that need a written justification. */
export function requiresJustification(status: AnswerStatus): boolean {
	return status === 'alternative' || status === 'not_applicable';
}

/** Statuses for which a target date (when the gap will be closed) means something. */
export function allowsTargetDate(status: AnswerStatus): boolean {
	return status === 'partial' || status === 'not_implemented';
}

export const NOTES_MAX_CHARS = 20_000;
export const JUSTIFICATION_MAX_CHARS = 20_000;
export const OWNER_MAX_CHARS = 200;

/** Messages the UI shows, in both languages; zod issues carry the key. */
export const ANSWER_MESSAGES = {
	status: { ja: '回答の状態を選んでください。', en: 'Choose an answer status.' },
	text: { ja: '文字列で入力してください。', en: 'Enter text.' },
	justification_alternative: {
		ja: '代替策の内容と、それで足りると判断した理由を記入してください。',
		en: 'Describe the alternative measure and why it is sufficient.'
	},
	justification_not_applicable: {
		ja: '対象外と判断した理由を記入してください。',
		en: 'Explain why this item does not apply.'
	},
	justification_too_long: {
		ja: `理由は${JUSTIFICATION_MAX_CHARS.toLocaleString('ja-JP')}文字以内にしてください。`,
		en: `Keep the justification to ${JUSTIFICATION_MAX_CHARS.toLocaleString('en-US')} characters or fewer.`
	},
	notes_too_long: {
		ja: `メモは${NOTES_MAX_CHARS.toLocaleString('ja-JP')}文字以内にしてください。`,
		en: `Keep the notes to ${NOTES_MAX_CHARS.toLocaleString('en-US')} characters or fewer.`
	},
	owner_too_long: {
		ja: `担当者は${OWNER_MAX_CHARS}文字以内にしてください。`,
		en: `Keep the owner to ${OWNER_MAX_CHARS} characters or fewer.`
	},
	target_date: { ja: '対応予定日はYYYY-MM-DD形式の日付で入力してください。', en: 'Enter the target date as YYYY-MM-DD.' },
	invalid: { ja: '回答の内容を確認してください。', en: 'Check the answer.' }
} as const satisfies Record<string, Localized>;
type MessageKey = keyof typeof ANSWER_MESSAGES;

const isMessageKey = (value: string): value is MessageKey => Object.hasOwn(ANSWER_MESSAGES, value);

/** Length in characters (code points), not UTF-16 units. */
const chars = (s: string): number => Array.from(s).length;

const text = (max: number, tooLong: MessageKey) =>
	z
		.string({ error: 'text' satisfies MessageKey })
		.refine((s) => chars(s) <= max, { message: tooLong })
		.default('');

/** An ISO date, or nothing ('' and null from forms count as nothing). */
const optionalDate = z
	.union([z.iso.date({ error: 'target_date' satisfies MessageKey }), z.literal(''), z.null()], {
		error: 'target_date' satisfies MessageKey
	})
	.optional()
	.transform((value) => (value ? value : null));

export const answerInputSchema = z
	.strictObject({
		status: z.enum(ANSWER_STATUSES, { error: 'status' satisfies MessageKey }),
		justification: text(JUSTIFICATION_MAX_CHARS, 'justification_too_long'),
		notes: text(NOTES_MAX_CHARS, 'notes_too_long'),
		owner: text(OWNER_MAX_CHARS, 'owner_too_long'),
		targetDate: optionalDate
	})
	.superRefine((answer, ctx) => {
		if (requiresJustification(answer.status) && answer.justification.trim() === '') {
			const message: MessageKey = answer.status === 'alternative' ? 'justification_alternative' : 'justification_not_applicable';
			ctx.addIssue({ code: 'custom', message, path: ['justification'] });
		}
	})
	.transform((answer) => ({
		status: answer.status,
		justification: answer.justification.trim(),
		notes: answer.notes,
		owner: answer.owner.trim(),
		// A target date only means something while there is a gap to close.
		targetDate: allowsTargetDate(answer.status) ? answer.targetDate : null
	}));

export type AnswerInput = z.infer<typeof answerInputSchema>;
export type AnswerField = 'status' | 'justification' | 'notes' | 'owner' | 'targetDate';

export interface AnswerIssue {
	/** The form field; '' for the answer as a whole. */
	field: AnswerField | '';
	message: Localized;
}

const ANSWER_FIELDS: readonly string[] = ['status', 'justification', 'notes', 'owner', 'targetDate'];
const isAnswerField = (value: PropertyKey | undefined): value is AnswerField => typeof value === 'string' && ANSWER_FIELDS.includes(value);

export type AnswerValidation = { ok: true; answer: AnswerInput } | { ok: false; issues: AnswerIssue[] };

/**
 * Validates one answer from the UI. Strings are kept as entered except that
 * justification and owner are trimmed; '' or null as target date means none,
 * and a target date is dropped (null) for statuses without a gap to close.
 */
export function validateAnswer(input: unknown): AnswerValidation {
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
		const message = ANSWER_MESSAGES[isMessageKey(issue.message) ? issue.message : 'invalid'];
		return [{ field, message }];
	});
	return { ok: false, issues };
}
