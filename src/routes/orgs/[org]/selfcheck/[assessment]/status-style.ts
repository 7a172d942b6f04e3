import type { AnswerStatus } from '$lib/domain/selfcheck/answers';

/** Badge tone of each answer status (classes of app.css). */
export const STATUS_TONE: Record<AnswerStatus, string> = {
	implemented: 'ok',
	alternative: 'ok',
	partial: 'warn',
	not_implemented: 'bad',
	not_applicable: '',
	unanswered: ''
};
