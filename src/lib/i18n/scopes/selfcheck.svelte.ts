/**
 * Messages of the answering page (the self-check of one year) and what it
 * shows inside: item cards, evidence and findings of an item, the risks
 * relying on it, the spreadsheet download. Of selfcheck, crosswalks,
 * evidence, findings, risks and exports only the parts shown there (modules
 * composed into those namespaces) go to the browser with that page (see
 * ../scoped.ts).
 */
import { scoped } from '../scoped';
import { currentLang } from '../lang.svelte';
import { adoption } from '../messages/adoption';
import { common } from '../messages/common';
import { crosswalksMapped } from '../messages/crosswalks-mapped';
import { errors } from '../messages/errors';
import { evidenceExpiry } from '../messages/evidence-expiry';
import { evidenceLinks } from '../messages/evidence-links';
import { review } from '../messages/evidence-review';
import { exportSheet } from '../messages/exports-sheet';
import { findingsItem } from '../messages/findings-item';
import { risksRelying } from '../messages/risks-relying';
import { selfcheckPage } from '../messages/selfcheck-page';

export { currentLang };
export type { Lang } from '../define';

const pick = scoped({
	common,
	errors,
	selfcheck: selfcheckPage,
	adoption,
	crosswalks: crosswalksMapped,
	evidence: evidenceExpiry,
	evidenceLinks,
	review,
	findings: findingsItem,
	risks: risksRelying,
	exports: exportSheet
});
export type Messages = ReturnType<typeof pick>;

/** The answering page's messages in the current page's language; use inside `$derived`. */
export function t(): Messages {
	return pick(currentLang());
}
