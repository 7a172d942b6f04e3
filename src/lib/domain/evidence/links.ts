/** What the pages show of evidence links. Pure types and helpers. */
import type { TargetInfo, TargetRef } from './targets';
import type { EvidenceView } from './view';

/** One use of a piece of evidence, as its page lists it. */
export interface UsageView extends TargetInfo {
	linkId: string;
	ref: TargetRef;
	typeLabel: string;
	createdBy: string;
	created: string;
}

/** One piece of evidence linked to a target, as an EvidencePanel shows it. */
export interface LinkedEvidence {
	linkId: string;
	evidence: EvidenceView;
}

/** The evidence the picker offers. */
export interface EvidenceChoice {
	id: string;
	title: string;
	kind: EvidenceView['kind'];
	period: EvidenceView['period'];
	expiry: EvidenceView['expiry'];
	expiresOn: string;
	daysLeft: number | null;
}

export function choiceOf(e: EvidenceView): EvidenceChoice {
	return { id: e.id, title: e.title, kind: e.kind, period: e.period, expiry: e.expiry, expiresOn: e.expiresOn, daysLeft: e.daysLeft };
}

/** The evidence of a self-check's items, as the answering page gets it. */
export interface ItemEvidenceData {
	/** Linked evidence per target key (selfcheck_item|assessment|pinned:item). */
	linked: Record<string, LinkedEvidence[]>;
	/** What the picker offers (empty for people who cannot link). */
	choices: EvidenceChoice[];
	limit: number;
}
