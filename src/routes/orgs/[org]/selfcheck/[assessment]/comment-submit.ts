import type { SubmitFunction } from '@sveltejs/kit';
import type { CommentView } from '$lib/domain/selfcheck/view/types';

/**
 * The enhanced submit of a review-comment form (per item or general): adds
 * the saved comment, clears the form, or reports the field error.
 */
export function commentSubmit(onComment: (comment: CommentView) => void, setError: (message: string) => void): SubmitFunction {
	return () =>
		async ({ result, formElement }) => {
			if (result.type === 'success' && result.data?.comment) {
				onComment(result.data.comment as CommentView);
				formElement.reset();
				setError('');
			} else if (result.type === 'failure') {
				const errors = result.data?.errors as Record<string, string> | undefined;
				setError(errors?.body ?? errors?._form ?? '');
			}
		};
}
