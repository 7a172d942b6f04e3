/**
 * What the pages show of a piece of evidence: plain values, dates as
 * YYYY-MM-DD, the expiry state at a given instant. Pure.
 */
import { expiryState, japanDate, daysBetween, type ExpiryState, type Period } from './dates';
import type { EvidenceKind } from './facts';

export interface RevisionView {
	id: string;
	number: number;
	name: string;
	size: number;
	mime: string;
	sha256: string;
	note: string;
	uploadedBy: string;
	uploaded: string;
}

export interface EvidenceView {
	id: string;
	kind: EvidenceKind;
	title: string;
	description: string;
	owner: string;
	url: string;
	period: Period;
	expiresOn: string;
	expiry: ExpiryState;
	/** Days until expiry (negative once expired); null without an expiry date. */
	daysLeft: number | null;
	revisionCount: number;
	current: RevisionView | null;
	createdBy: string;
	created: string;
	updated: string;
}

export interface EvidenceSource {
	id: string;
	kind: EvidenceKind;
	title: string;
	description: string;
	owner: string;
	url: string;
	fiscal_year: number;
	effective_from: string;
	effective_to: string;
	expires_on: string;
	revision_count: number;
	created_by_name: string;
	created: string;
	updated: string;
}

export interface RevisionSource {
	id: string;
	number: number;
	original_name: string;
	size: number;
	mime: string;
	sha256: string;
	note: string;
	uploaded_by_name: string;
	created: string;
}

const day = (value: string): string => (value ? value.slice(0, 10) : '');

export function revisionView(r: RevisionSource): RevisionView {
	return {
		id: r.id,
		number: r.number,
		name: r.original_name,
		size: r.size,
		mime: r.mime,
		sha256: r.sha256,
		note: r.note,
		uploadedBy: r.uploaded_by_name,
		uploaded: r.created
	};
}

export function evidenceView(e: EvidenceSource, current: RevisionSource | null | undefined, now: Date): EvidenceView {
	const expiresOn = day(e.expires_on);
	return {
		id: e.id,
		kind: e.kind,
		title: e.title,
		description: e.description,
		owner: e.owner,
		url: e.url,
		period: { fiscalYear: e.fiscal_year || null, from: day(e.effective_from), to: day(e.effective_to) },
		expiresOn,
		expiry: expiryState(expiresOn, now),
		daysLeft: expiresOn ? daysBetween(japanDate(now), expiresOn) : null,
		revisionCount: e.revision_count,
		current: current ? revisionView(current) : null,
		createdBy: e.created_by_name,
		created: e.created,
		updated: e.updated
	};
}
