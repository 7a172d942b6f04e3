/** What the answering page's form actions answer with (one shape for all of them). */
import type { AnswerView, CommentView } from '$lib/domain/selfcheck/view/types';

export interface AssessmentFormResult {
	form?: string;
	key?: string;
	errors?: Record<string, string>;
	values?: Record<string, string | string[]>;
	conflict?: AnswerView;
	answer?: AnswerView;
	comment?: CommentView;
	done?: boolean;
}
