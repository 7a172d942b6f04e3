import { page } from '$app/state';
import { messagesFor, type Lang, type Messages } from './index';

/** The language of the current page (from the root layout's data). */
export function currentLang(): Lang {
	return page.data.lang ?? 'ja';
}

/** The messages of the current page's language; use inside `$derived`. */
export function t(): Messages {
	return messagesFor(currentLang());
}
