/** Messages of the shell (root layout, top bar, language switch, form notices, leave guard): on every page. */
import { scoped } from '../scoped';
import { currentLang } from '../lang.svelte';
import { auth } from '../messages/auth';
import { common } from '../messages/common';
import { errors } from '../messages/errors';
import { shell } from '../messages/shell';

export { currentLang };
export type { Lang } from '../define';

const pick = scoped({ common, errors, shell, auth });
export type Messages = ReturnType<typeof pick>;

/** The shell's messages in the current page's language; use inside `$derived`. */
export function t(): Messages {
	return pick(currentLang());
}
