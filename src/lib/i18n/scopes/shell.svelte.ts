/**
 * Messages of the shell (root layout, error page, top bar, language switch,
 * form notices, leave guard): in the browser with every page (SvelteKit loads
 * the error page ahead).
 */
import { scoped } from '../scoped';
import { currentLang } from '../lang.svelte';
import { auth } from '../messages/auth';
import { common } from '../messages/common';
import { errors } from '../messages/errors';
import { rejectionsErrorId } from '../messages/rejections-error-id';
import { shell } from '../messages/shell';

export { currentLang };
export type { Lang } from '../define';

const pick = scoped({ common, errors, shell, auth, rejections: rejectionsErrorId });
export type Messages = ReturnType<typeof pick>;

/** The shell's messages in the current page's language; use inside `$derived`. */
export function t(): Messages {
	return pick(currentLang());
}
