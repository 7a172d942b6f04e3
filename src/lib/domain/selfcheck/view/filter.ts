/**
 * Filtering the items of the answering page. The filter lives in the URL
 * (so it works without JavaScript and can be shared) and is applied in the
 * browser as you type. Pure.
 */
import { CLASSIFICATIONS, type Classification } from '../../checklists/classification';
import { ANSWER_STATUSES, type AnswerStatus } from '../answers';
import type { AssessmentItem } from './types';

/** Owner filter value for "no owner set". */
export const NO_OWNER = '-';

export interface ItemFilter {
	q: string;
	section: string;
	classification: Classification | '';
	status: AnswerStatus | '';
	owner: string;
	carried: boolean;
	commented: boolean;
}

export const EMPTY_FILTER: ItemFilter = {
	q: '',
	section: '',
	classification: '',
	status: '',
	owner: '',
	carried: false,
	commented: false
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' => values.find((v) => v === value) ?? '';

const flag = (value: string | null): boolean => value === '1' || value === 'on' || value === 'true';

export function parseFilter(params: URLSearchParams): ItemFilter {
	return {
		q: (params.get('q') ?? '').slice(0, 200),
		section: params.get('section') ?? '',
		classification: oneOf(CLASSIFICATIONS, params.get('classification')),
		status: oneOf(ANSWER_STATUSES, params.get('status')),
		owner: params.get('owner') ?? '',
		carried: flag(params.get('carried')),
		commented: flag(params.get('commented'))
	};
}

/** Only the fields that filter, in a stable order. */
export function filterParams(filter: ItemFilter): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of ['q', 'section', 'classification', 'status', 'owner'] as const) {
		const value = filter[key].trim();
		if (value !== '') params.set(key, value);
	}
	if (filter.carried) params.set('carried', '1');
	if (filter.commented) params.set('commented', '1');
	return params;
}

export function isFiltered(filter: ItemFilter): boolean {
	return filterParams(filter).size > 0;
}

/** Case-, width- and kana-form-insensitive text for searching (ＧＯＶ finds GOV). */
export function normalizeSearch(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

export function searchTerms(q: string): string[] {
	return normalizeSearch(q)
		.split(/\s+/)
		.filter((t) => t !== '');
}

/** What the filter needs to know about an item beyond its static data. */
export interface ItemState {
	status: AnswerStatus;
	owner: string;
	carriedOver: boolean;
	commented: boolean;
	/** Normalised search text: id, titles in both languages, guidance. */
	haystack: string;
}

export function matchesFilter(item: AssessmentItem, state: ItemState, filter: ItemFilter, terms = searchTerms(filter.q)): boolean {
	if (filter.section !== '' && item.sectionKey !== filter.section) return false;
	if (filter.classification !== '' && item.classification !== filter.classification) return false;
	if (filter.status !== '' && state.status !== filter.status) return false;
	if (filter.owner !== '') {
		const owner = state.owner.trim();
		if (filter.owner === NO_OWNER ? owner !== '' : owner !== filter.owner) return false;
	}
	if (filter.carried && !state.carriedOver) return false;
	if (filter.commented && !state.commented) return false;
	return terms.every((term) => state.haystack.includes(term));
}

/** Text of an HTML fragment for searching (tags dropped, common entities decoded). */
export function htmlText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}
