import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../checklists/schema';
import { validChecklistInput } from '../../checklists/fixtures/valid-checklist';
import {
	EMPTY_FILTER,
	filterParams,
	isFiltered,
	matchesFilter,
	normalizeSearch,
	NO_OWNER,
	parseFilter,
	htmlText,
	type ItemState
} from './filter';
import { groupBySection } from './group';
import { assessmentItems } from './items';
import { keyAction, moveIndex, STATUS_KEYS } from './keyboard';
import { compareAssessments, percent, scoreAssessment, statusLookup } from './scores';

const checklist = checklistSchema.parse(validChecklistInput());

describe('assessmentItems', () => {
	it('asks the items that apply to the organisation, keyed by pinned record', () => {
		const items = assessmentItems('pin1', checklist, { sector: 'electricity', operatorClass: 'other' });
		expect(items.map((i) => i.key)).toEqual(['pin1:GOV-01', 'pin1:GOV-CTRL-01', 'pin1:BCP-01']);
		expect(items[1]).toMatchObject({ sectionId: 'GOV', sectionKey: 'test-list:GOV', checklistId: 'test-list' });
	});

	it('narrows by sector only when the checklist applies to the sector', () => {
		expect(assessmentItems('p', checklist, { sector: 'gas', operatorClass: 'leading' }).map((i) => i.itemId)).toEqual([
			'GOV-01',
			'GOV-02',
			'BCP-01'
		]);
		// Chosen on purpose although it is for other sectors: every item, still by operator class.
		expect(assessmentItems('p', checklist, { sector: 'water', operatorClass: 'other' }).map((i) => i.itemId)).toEqual([
			'GOV-01',
			'GOV-CTRL-01',
			'BCP-01'
		]);
	});
});

const item = (over: Partial<{ sectionKey: string; classification: 'consider' | 'reference' }> = {}) => ({
	key: 'p:GOV-01',
	pinnedId: 'p',
	checklistId: 'c',
	itemId: 'GOV-01',
	sectionId: 'GOV',
	sectionKey: 'c:GOV',
	classification: 'consider' as const,
	group: 'consider' as const,
	title: { ja: '方針', en: 'Policy' },
	...over
});
const state = (over: Partial<ItemState> = {}): ItemState => ({
	status: 'unanswered',
	owner: '',
	carriedOver: false,
	commented: false,
	haystack: 'gov-01 方針 policy',
	...over
});

describe('filter', () => {
	it('round-trips through the URL and drops what does not filter', () => {
		const params = new URLSearchParams('q=%20policy&status=partial&classification=bogus&carried=1&x=1');
		const filter = parseFilter(params);
		expect(filter).toEqual({ ...EMPTY_FILTER, q: ' policy', status: 'partial', carried: true });
		expect(filterParams(filter).toString()).toBe('q=policy&status=partial&carried=1');
		expect(isFiltered(EMPTY_FILTER)).toBe(false);
	});

	it('matches on every criterion', () => {
		expect(matchesFilter(item(), state(), EMPTY_FILTER)).toBe(true);
		expect(matchesFilter(item(), state(), { ...EMPTY_FILTER, section: 'c:BCP' })).toBe(false);
		expect(matchesFilter(item(), state(), { ...EMPTY_FILTER, classification: 'reference' })).toBe(false);
		expect(matchesFilter(item(), state({ status: 'partial' }), { ...EMPTY_FILTER, status: 'partial' })).toBe(true);
		expect(matchesFilter(item(), state({ owner: ' 情報システム部 ' }), { ...EMPTY_FILTER, owner: '情報システム部' })).toBe(true);
		expect(matchesFilter(item(), state(), { ...EMPTY_FILTER, owner: NO_OWNER })).toBe(true);
		expect(matchesFilter(item(), state({ owner: 'x' }), { ...EMPTY_FILTER, owner: NO_OWNER })).toBe(false);
		expect(matchesFilter(item(), state(), { ...EMPTY_FILTER, carried: true })).toBe(false);
		expect(matchesFilter(item(), state({ commented: true }), { ...EMPTY_FILTER, commented: true })).toBe(true);
	});

	it('searches every term, ignoring case and full-width forms', () => {
		expect(normalizeSearch('ＧＯＶ－０１')).toBe('gov-01');
		expect(matchesFilter(item(), state(), { ...EMPTY_FILTER, q: 'ＧＯＶ 方針' })).toBe(true);
		expect(matchesFilter(item(), state(), { ...EMPTY_FILTER, q: 'gov missing' })).toBe(false);
	});

	it('reads the text of rendered guidance', () => {
		expect(htmlText('<p>a &amp; b</p><ul><li>&lt;c&gt;</li></ul>').replace(/\s+/g, ' ').trim()).toBe('a & b <c>');
	});
});

describe('groupBySection', () => {
	it('groups consecutive items and keeps the order', () => {
		const groups = groupBySection([
			{ sectionKey: 'a', n: 1 },
			{ sectionKey: 'a', n: 2 },
			{ sectionKey: 'b', n: 3 }
		]);
		expect(groups.map((g) => [g.sectionKey, g.items.length])).toEqual([
			['a', 2],
			['b', 1]
		]);
	});
});

describe('keyboard', () => {
	const onItem = { typing: false, onItem: true, inItem: true };
	const nowhere = { typing: false, onItem: false, inItem: false };
	it('maps 1–6 to the statuses in the documented order', () => {
		expect(STATUS_KEYS.map((s) => s.status)).toEqual([
			'implemented',
			'alternative',
			'partial',
			'not_implemented',
			'not_applicable',
			'unanswered'
		]);
		expect(keyAction({ key: '4' }, onItem)).toEqual({ kind: 'status', status: 'not_implemented' });
		expect(keyAction({ key: '4' }, nowhere)).toBeNull();
		expect(keyAction({ key: '2' }, { ...nowhere, inItem: true })).toEqual({ kind: 'status', status: 'alternative' });
		expect(keyAction({ key: 'Enter' }, { ...nowhere, inItem: true })).toBeNull();
	});

	it('ignores keys while typing or with modifiers', () => {
		expect(keyAction({ key: 'j' }, { ...nowhere, typing: true })).toBeNull();
		expect(keyAction({ key: 'j', ctrlKey: true }, onItem)).toBeNull();
		expect(keyAction({ key: '/' }, nowhere)).toEqual({ kind: 'search' });
		expect(keyAction({ key: 'ArrowDown' }, nowhere)).toBeNull();
		expect(keyAction({ key: 'Enter' }, onItem)).toEqual({ kind: 'open' });
		expect(keyAction({ key: 'Escape' }, { typing: true, onItem: false, inItem: true })).toEqual({ kind: 'leave' });
		expect(keyAction({ key: 'Escape' }, onItem)).toBeNull();
	});

	it('moves within range', () => {
		expect(moveIndex(-1, 3, 1)).toBe(0);
		expect(moveIndex(-1, 3, -1)).toBe(2);
		expect(moveIndex(2, 3, 1)).toBe(2);
		expect(moveIndex(0, 3, -1)).toBe(0);
		expect(moveIndex(0, 0, 1)).toBe(-1);
	});
});

describe('scores', () => {
	const items = assessmentItems('pin', checklist, { sector: 'electricity', operatorClass: 'leading' });
	const statuses = new Map([
		['pin:GOV-01', { status: 'implemented' as const }],
		['pin:GOV-02', { status: 'partial' as const }]
	]);

	it('scores by classification and section with unanswered as zero', () => {
		const { score, progress } = scoreAssessment(items, statusLookup(statuses));
		expect(progress).toEqual({ answered: 2, unconfirmed: 0, total: 4, ratio: 0.5 });
		expect(score.consider.points).toBe(1);
		expect(score.reference.ratio).toBe(0.5);
		expect(Object.keys(score.bySection)).toEqual(['test-list:GOV', 'test-list:BCP']);
	});

	it('counts unconfirmed carried-over answers apart in the progress, not in the scores', () => {
		const carried = scoreAssessment(items, statusLookup(statuses), (key) => key === 'pin:GOV-02');
		expect(carried.progress).toEqual({ answered: 2, unconfirmed: 1, total: 4, ratio: 0.25 });
		expect(carried.score).toEqual(scoreAssessment(items, statusLookup(statuses)).score);
	});

	it('compares two years by checklist id and item id across pinned records', () => {
		const before = assessmentItems('old', checklist, { sector: 'electricity', operatorClass: 'leading' });
		const cmp = compareAssessments(
			{ items, statusOf: statusLookup(statuses) },
			{ items: before, statusOf: statusLookup(new Map([['old:GOV-01', { status: 'not_implemented' as const }]])) }
		);
		expect(cmp.overall.overall.points).toBe(1.5);
		expect(cmp.changed.map((c) => c.itemId)).toEqual(['GOV-01', 'GOV-02']);
		expect(percent(0.12345)).toBe(12.3);
		expect(percent(null)).toBeNull();
	});
});
