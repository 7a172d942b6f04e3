import { messagesFor, type Messages } from './index';
import { currentLang } from './lang.svelte';

export { currentLang };

/**
 * Every namespace of the current page's language; use inside `$derived`.
 * This imports the whole catalogue (both languages): pages that must stay
 * light use a scope from ./scopes instead (only the namespaces they show).
 */
export function t(): Messages {
	return messagesFor(currentLang());
}
