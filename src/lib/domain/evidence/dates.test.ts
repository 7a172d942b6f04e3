import { describe, expect, it } from 'vitest';
import { expiryState, japanDate, periodLabel } from './dates';
import { filterEvidence, parseEvidenceFilter } from './filter';
import { evidenceView } from './view';

describe('evidence dates', () => {
	it('uses the Japanese calendar date', () => {
		expect(japanDate(new Date('2027-03-31T14:59:59Z'))).toBe('2027-03-31');
		expect(japanDate(new Date('2027-03-31T15:00:00Z'))).toBe('2027-04-01');
	});

	it('counts an expiry date as valid through the whole day, Japan time', () => {
		expect(expiryState('', new Date())).toBe('none');
		expect(expiryState('2027-03-31', new Date('2027-03-31T14:59:00Z'))).toBe('expiring');
		expect(expiryState('2027-03-31', new Date('2027-03-31T15:00:00Z'))).toBe('expired');
		expect(expiryState('2027-03-31 00:00:00.000Z', new Date('2027-01-01T00:00:00Z'))).toBe('valid');
		expect(expiryState('2027-03-31', new Date('2027-03-01T00:00:00Z'))).toBe('expiring');
	});

	it('writes the period as fiscal year and dates', () => {
		expect(periodLabel({ fiscalYear: 2026, from: '', to: '' }, 'ja')).toBe('2026年度');
		expect(periodLabel({ fiscalYear: 2026, from: '2026-06-12', to: '2026-06-13' }, 'en')).toBe('FY2026 · 2026-06-12 – 2026-06-13');
		expect(periodLabel({ fiscalYear: null, from: '2026-06-12', to: '2026-06-12' }, 'ja')).toBe('2026-06-12');
		expect(periodLabel({ fiscalYear: null, from: '', to: '' }, 'ja')).toBe('');
	});
});

describe('evidence list filter', () => {
	const now = new Date('2026-12-01T00:00:00Z');
	const base = {
		kind: 'file' as const,
		description: '',
		owner: '',
		url: '',
		fiscal_year: 2026,
		effective_from: '',
		effective_to: '',
		revision_count: 1,
		created_by_name: 'x',
		created: '',
		updated: ''
	};
	const items = [
		evidenceView({ ...base, id: 'a', title: '情報セキュリティ基本方針', expires_on: '2026-11-30 00:00:00.000Z' }, null, now),
		evidenceView({ ...base, id: 'b', title: '演習記録', owner: '危機管理室', expires_on: '2026-12-15' }, null, now),
		evidenceView({ ...base, id: 'c', title: 'ＢＣＰ', kind: 'link', expires_on: '' }, null, now)
	];

	it('reads only known values from the URL', () => {
		expect(parseEvidenceFilter(new URLSearchParams('kind=zip&expiry=soon&q=x'))).toEqual({ q: 'x', kind: '', expiry: '' });
	});

	it('filters by words (width-insensitive), kind and expiry', () => {
		const ids = (q: string) => filterEvidence(items, parseEvidenceFilter(new URLSearchParams(q))).map((e) => e.id);
		expect(ids('')).toEqual(['a', 'b', 'c']);
		expect(ids('q=bcp')).toEqual(['c']);
		expect(ids('q=危機管理')).toEqual(['b']);
		expect(ids('kind=link')).toEqual(['c']);
		expect(ids('expiry=expired')).toEqual(['a']);
		expect(ids('expiry=expiring')).toEqual(['b']);
		expect(ids('expiry=valid')).toEqual(['c']);
	});
});
