/**
 * Messages of the answering page (the self-check of one year) and what it
 * shows inside: item cards, evidence and findings of an item, the risks
 * relying on it, the spreadsheet download. Only these namespaces go to the
 * browser with that page (see ../scoped.ts).
 */
import { scoped } from '../scoped';
import { currentLang } from '../lang.svelte';
import { adoption } from '../messages/adoption';
import { common } from '../messages/common';
import { crosswalks } from '../messages/crosswalks';
import { errors } from '../messages/errors';
import { evidence } from '../messages/evidence';
import { evidenceLinks } from '../messages/evidence-links';
import { review } from '../messages/evidence-review';
import { exportMessages } from '../messages/exports';
import { findings } from '../messages/findings';
import { risks } from '../messages/risks';
import { selfcheck } from '../messages/selfcheck';

export { currentLang };
export type { Lang } from '../define';

const pick = scoped({
	common,
	errors,
	selfcheck,
	adoption,
	crosswalks,
	evidence,
	evidenceLinks,
	review,
	findings,
	risks,
	exports: exportMessages
});
export type Messages = ReturnType<typeof pick>;

/** The answering page's messages in the current page's language; use inside `$derived`. */
export function t(): Messages {
	return pick(currentLang());
}
