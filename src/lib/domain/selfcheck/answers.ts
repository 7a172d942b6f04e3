/**
 * Answers to checklist items in the annual self-check: the statuses, their
 * labels, the messages of a wrong answer, and the browser's check of one
 * answer before it is saved. Pure, and without zod (this module goes to the
 * browser with the answering page); the server validates with the zod schema
 * of ./answer-schema.ts, which a unit test holds to the same verdicts.
 */
import { ANSWERS, ANSWER_STATUSES } from '../schema/selfcheck';
import type { Localized } from '../sectors';

export { ANSWER_STATUSES };
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

export const NOTES_MAX_CHARS = ANSWERS.notes.max;
export const JUSTIFICATION_MAX_CHARS = ANSWERS.justification.max;
export const OWNER_MAX_CHARS = ANSWERS.owner.max;

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
export type AnswerMessageKey = keyof typeof ANSWER_MESSAGES;

export const isAnswerMessageKey = (value: string): value is AnswerMessageKey => Object.hasOwn(ANSWER_MESSAGES, value);

export type AnswerField = 'status' | 'justification' | 'notes' | 'owner' | 'targetDate';

export interface AnswerIssue {
	/** The form field; '' for the answer as a whole. */
	field: AnswerField | '';
	message: Localized;
}

export const ANSWER_FIELDS: readonly string[] = ['status', 'justification', 'notes', 'owner', 'targetDate'];
export const isAnswerField = (value: PropertyKey | undefined): value is AnswerField =>
	typeof value === 'string' && ANSWER_FIELDS.includes(value);

export interface AnswerInput {
	status: AnswerStatus;
	justification: string;
	notes: string;
	owner: string;
	targetDate: string | null;
}

export type AnswerValidation = { ok: true; answer: AnswerInput } | { ok: false; issues: AnswerIssue[] };

/** Length in characters (code points), not UTF-16 units. */
export const chars = (s: string): number => Array.from(s).length;

/** YYYY-MM-DD of a day that exists (2027-02-30 does not). */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What the answer form holds (every field a text, the target date '' or null when none). */
export interface AnswerFormInput {
	status: string;
	justification: string;
	notes: string;
	owner: string;
	targetDate: string | null;
}

/**
 * The browser's check of one answer before it is saved, with the server's
 * messages: the same verdicts as the server's zod schema (answer-schema.ts,
 * held to it by a unit test) for what the form can hold. Justification and
 * owner are trimmed; '' or null as target date means none, and a target
 * date is kept for every status (shown only while there is a gap).
 */
export function validateAnswer(input: AnswerFormInput): AnswerValidation {
	const issues: AnswerIssue[] = [];
	const add = (field: AnswerField, key: AnswerMessageKey) => issues.push({ field, message: ANSWER_MESSAGES[key] });
	const status = (ANSWER_STATUSES as readonly string[]).includes(input.status) ? (input.status as AnswerStatus) : null;
	if (!status) add('status', 'status');
	if (chars(input.justification) > JUSTIFICATION_MAX_CHARS) add('justification', 'justification_too_long');
	if (chars(input.notes) > NOTES_MAX_CHARS) add('notes', 'notes_too_long');
	if (chars(input.owner) > OWNER_MAX_CHARS) add('owner', 'owner_too_long');
	if (input.targetDate && !isIsoDate(input.targetDate)) add('targetDate', 'target_date');
	if (status && requiresJustification(status) && input.justification.trim() === '')
		add('justification', status === 'alternative' ? 'justification_alternative' : 'justification_not_applicable');
	if (!status || issues.length) return { ok: false, issues };
	return {
		ok: true,
		answer: {
			status,
			justification: input.justification.trim(),
			notes: input.notes,
			owner: input.owner.trim(),
			targetDate: input.targetDate || null
		}
	};
}
