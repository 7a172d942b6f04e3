/**
 * `use:enhance={confirmFirst(() => question)}`: asks before an enhanced form
 * posts, and declining really cancels it. (An `onsubmit` handler calling
 * preventDefault does not stop `enhance`, which posts regardless.) A null
 * question posts without asking.
 */
import type { SubmitFunction } from '@sveltejs/kit';

export function confirmFirst(question: () => string | null): SubmitFunction {
	return ({ cancel }) => {
		const text = question();
		if (text !== null && !confirm(text)) cancel();
	};
}
