/** Filtering the evidence list (search words, kind, expiry), from and to the URL. Pure. */
import { EVIDENCE_KINDS, type EvidenceKind } from './facts';
import type { EvidenceView } from './view';

export const EXPIRY_FILTERS = ['expired', 'expiring', 'valid'] as const;
export type ExpiryFilter = (typeof EXPIRY_FILTERS)[number];

export interface EvidenceFilter {
	q: string;
	kind: EvidenceKind | '';
	expiry: ExpiryFilter | '';
}

export function parseEvidenceFilter(params: URLSearchParams): EvidenceFilter {
	const kind = params.get('kind') ?? '';
	const expiry = params.get('expiry') ?? '';
	return {
		q: (params.get('q') ?? '').slice(0, 200),
		kind: (EVIDENCE_KINDS as readonly string[]).includes(kind) ? (kind as EvidenceKind) : '',
		expiry: (EXPIRY_FILTERS as readonly string[]).includes(expiry) ? (expiry as ExpiryFilter) : ''
	};
}

const normalise = (s: string) => s.normalize('NFKC').toLowerCase();

export function filterEvidence(items: EvidenceView[], filter: EvidenceFilter): EvidenceView[] {
	const words = normalise(filter.q).split(/\s+/).filter(Boolean);
	return items.filter((e) => {
		if (filter.kind && e.kind !== filter.kind) return false;
		if (filter.expiry === 'expired' && e.expiry !== 'expired') return false;
		if (filter.expiry === 'expiring' && e.expiry !== 'expiring') return false;
		if (filter.expiry === 'valid' && (e.expiry === 'expired' || e.expiry === 'expiring')) return false;
		const haystack = normalise(`${e.title} ${e.description} ${e.owner} ${e.current?.name ?? ''}`);
		return words.every((w) => haystack.includes(w));
	});
}
