import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type ItemState } from './filter';
import { compareAssessments, scoreAssessment } from './scores';
import { moveItem, tallyComparison, tallyItems, tallyScores, type TallyItem } from './tally';
import type { AnswerStatus } from '../answers';
import type { AssessmentItem } from './types';
import { itemWindow, parseWindow, windowQuery } from './window';

const STATUSES: AnswerStatus[] = ['implemented', 'partial', 'not_implemented', 'unanswered', 'not_applicable', 'alternative'];

function items(n: number): AssessmentItem[] {
	return Array.from({ length: n }, (_, i) => {
		const section = i < n / 2 ? 'GOV' : 'BCP';
		return {
			key: `pin:${section}-${i}`,
			pinnedId: 'pin',
			checklistId: 'list',
			itemId: `${section}-${i}`,
			sectionId: section,
			sectionKey: `list:${section}`,
			classification: i % 5 === 0 ? 'reference' : 'consider',
			group: i % 7 === 0 ? 'leading' : i % 5 === 0 ? 'reference' : 'consider',
			title: { ja: `項目${i}`, en: `Item ${i}` }
		};
	});
}

const stateOf =
	(statusOf: (key: string) => AnswerStatus) =>
	(item: AssessmentItem): ItemState => ({
		status: statusOf(item.key),
		owner: '',
		carriedOver: false,
		commented: false,
		haystack: item.itemId.toLowerCase()
	});

describe('itemWindow', () => {
	const list = items(75);
	const status = stateOf((key) => (key.endsWith('3') ? 'partial' : 'unanswered'));

	it('shows one page of the matching items and counts them all', () => {
		const w = itemWindow(list, status, parseWindow(new URLSearchParams('page=2')));
		expect(w.items.map((i) => i.itemId)).toEqual(list.slice(30, 60).map((i) => i.itemId));
		expect(w).toMatchObject({ start: 30, matching: 75, total: 75, page: 2, pages: 3 });
		const last = itemWindow(list, status, parseWindow(new URLSearchParams('page=9')));
		expect(last).toMatchObject({ page: 3, start: 60 });
		expect(last.items).toHaveLength(15);
	});

	it('filters on the server: status, section, search; keeps the item just saved', () => {
		const partial = itemWindow(list, status, parseWindow(new URLSearchParams('status=partial')));
		expect(partial.items.every((i) => i.itemId.endsWith('3'))).toBe(true);
		expect(partial.matching).toBe(8);
		const kept = itemWindow(list, status, parseWindow(new URLSearchParams('status=partial&keep=pin:GOV-1')));
		expect(kept.items.map((i) => i.itemId)).toContain('GOV-1');
		expect(itemWindow(list, status, parseWindow(new URLSearchParams('section=list:BCP&q=bcp-7'))).items.map((i) => i.itemId)).toEqual([
			'BCP-70',
			'BCP-71',
			'BCP-72',
			'BCP-73',
			'BCP-74'
		]);
	});

	it('goes to the page of an item, clearing a filter that hides it', () => {
		const at = itemWindow(list, status, parseWindow(new URLSearchParams('at=pin:BCP-64')));
		expect(at.page).toBe(3);
		const hidden = itemWindow(list, status, parseWindow(new URLSearchParams('status=partial&at=pin:BCP-40')));
		expect(hidden.filter).toEqual(EMPTY_FILTER);
		expect(hidden.items.map((i) => i.itemId)).toContain('BCP-40');
	});

	it('writes the page into the query only past the first', () => {
		expect(windowQuery({ ...EMPTY_FILTER, status: 'partial' }, 1)).toBe('status=partial');
		expect(windowQuery(EMPTY_FILTER, 3)).toBe('page=3');
		expect(parseWindow(new URLSearchParams('page=-2')).page).toBe(1);
	});
});

describe('tally', () => {
	const list = items(40);
	const statusOf = (key: string) => STATUSES[Number(key.split('-')[1]) % STATUSES.length];
	const previousOf = (key: string) => STATUSES[(Number(key.split('-')[1]) + 1) % STATUSES.length];
	const unconfirmedOf = (key: string) => key.endsWith('0');
	// the first 35 items were asked last year too
	const asked = (i: number) => i < 35;
	const counted = (s: (key: string) => AnswerStatus): TallyItem[] =>
		list.map((item, i) => ({
			sectionKey: item.sectionKey,
			group: item.group,
			status: s(item.key),
			unconfirmed: unconfirmedOf(item.key),
			previous: asked(i) ? previousOf(item.key) : null
		}));

	it('gives the same progress and scores as scoring every item', () => {
		const direct = scoreAssessment(list, statusOf, (key) => unconfirmedOf(key) && statusOf(key) !== 'unanswered');
		expect(tallyScores(tallyItems(counted(statusOf), true))).toEqual(direct);
	});

	it('gives the same year-on-year figures as comparing every item', () => {
		const previousItems = list.filter((_, i) => asked(i));
		const direct = compareAssessments({ items: list, statusOf }, { items: previousItems, statusOf: previousOf });
		const fromTally = tallyComparison(tallyItems(counted(statusOf), true));
		expect(fromTally?.overall).toEqual(direct.overall);
		expect(fromTally?.sections.map(({ sectionId, ...rest }) => ({ ...rest, sectionId: sectionId.split(':')[1] }))).toEqual(
			direct.sections.map((s) => ({ ...s, checklistId: '' }))
		);
		expect(fromTally?.changed).toHaveLength(direct.changed.length);
		expect(fromTally?.onlyInCurrent).toHaveLength(direct.onlyInCurrent.length);
		expect(tallyComparison(tallyItems(counted(statusOf), false))).toBeNull();
	});

	it('moves an item when its answer changes, as if every item were scored again', () => {
		const before = counted(statusOf);
		const changedKey = list[3].key;
		const after = (key: string) => (key === changedKey ? 'implemented' : statusOf(key));
		const moved = moveItem(tallyItems(before, true), before[3], { status: 'implemented', unconfirmed: false });
		expect(moved).toEqual(tallyItems(counted(after), true));
		expect(tallyScores(moved)).toEqual(tallyScores(tallyItems(counted(after), true)));
	});
});
