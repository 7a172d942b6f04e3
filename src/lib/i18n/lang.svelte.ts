import { page } from '$app/state';
import type { Lang } from './define';

/** The language of the current page (from the root layout's data). */
export function currentLang(): Lang {
	return page.data.lang ?? 'ja';
}
