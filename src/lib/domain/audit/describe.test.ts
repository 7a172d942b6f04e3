import { describe, expect, it } from 'vitest';
import { AUDIT_COLLECTIONS } from '$lib/i18n/messages/audit-collections';
import { describeEntry, formatValue, valuesOf, type AuditContext } from './describe';

const ctx = (lang: 'ja' | 'en'): AuditContext => ({
	lang,
	itemTitle: (checklist, itemId) =>
		checklist === 'pinaaaaaaaaaaaa' && itemId === 'GOV-01' ? 'サイバーセキュリティを経営の重要事項に' : null,
	recordLabel: (collection, id) => (collection === 'assessments' && id === 'asmaaaaaaaaaaaa' ? '2026年度 第1版' : null)
});

const answerUpdate = {
	collection: 'answers',
	action: 'update',
	changes: {
		status: { before: 'implemented', after: 'alternative' },
		justification: { before: '', after: '監視の強化で代替している。' },
		target_date: { before: '2027-03-31 00:00:00.000Z', after: '' },
		version: { before: 3, after: 4 }
	}
};
const known = { assessment: 'asmaaaaaaaaaaaa', checklist: 'pinaaaaaaaaaaaa', item_id: 'GOV-01' };

describe('an audit entry as a person reads it', () => {
	it('names the item (ID and title) and the self-check, not the record ID', () => {
		expect(describeEntry(answerUpdate, known, AUDIT_COLLECTIONS, ctx('ja')).record).toBe(
			'GOV-01 サイバーセキュリティを経営の重要事項に（2026年度 第1版）'
		);
		// without the pinned checklist at hand: still the item ID
		expect(describeEntry(answerUpdate, { item_id: 'GOV-02' }, AUDIT_COLLECTIONS, ctx('ja')).record).toBe('GOV-02');
	});

	it('labels fields and values in the reader’s language and leaves out bookkeeping', () => {
		const ja = describeEntry(answerUpdate, known, AUDIT_COLLECTIONS, ctx('ja'));
		expect(ja.collection).toBe('自己検証の回答');
		expect(ja.changes).toEqual([
			{ field: 'status', label: '回答', before: '実施', after: '代替策' },
			{ field: 'justification', label: '理由', before: '—', after: '監視の強化で代替している。' },
			{ field: 'target_date', label: '対応予定日', before: '2027年3月31日', after: '—' }
		]);
		const en = describeEntry(answerUpdate, known, AUDIT_COLLECTIONS, ctx('en'));
		expect(en.changes[0]).toEqual({ field: 'status', label: 'Answer', before: 'Implemented', after: 'Alternative measure' });
		expect(en.changes[2].before).toBe('31 Mar 2027');
	});

	it('shows every time in Japan time and says so', () => {
		const submitted = { label: { ja: '提出日時', en: 'Submitted at' }, kind: 'datetime' as const };
		expect(formatValue('2026-12-01 15:30:00.000Z', submitted, ctx('ja'))).toBe('2026年12月2日 00:30 JST');
		expect(formatValue('2026-12-01T15:30:00Z', submitted, ctx('en'))).toBe('2 Dec 2026, 00:30 JST');
		// a time in a field without a description is still shown in Japan time
		expect(formatValue('2026-12-01 15:30:00.000Z', undefined, ctx('ja'))).toBe('2026年12月2日 00:30 JST');
	});

	it('shows yes/no, lists, numbers and unknown shapes readably', () => {
		const carried = AUDIT_COLLECTIONS.answers.fields.carried_over;
		expect(formatValue(true, carried, ctx('ja'))).toBe('はい');
		expect(formatValue(false, carried, ctx('en'))).toBe('no');
		const dependsOn = AUDIT_COLLECTIONS.important_systems.fields.depends_on;
		expect(formatValue(['power', 'cloud'], dependsOn, ctx('ja'))).toBe('電力、クラウド・データセンター');
		expect(formatValue(8760, undefined, ctx('ja'))).toBe('8,760');
		expect(formatValue({ sha256: 'ab', bytes: 3 }, undefined, ctx('ja'))).toBe('{"sha256":"ab","bytes":3}');
		expect(formatValue(null, undefined, ctx('ja'))).toBe('—');
	});

	it('still shows a collection without an entry, by field name and stored value', () => {
		const entry = { collection: 'future_things', changes: { colour: { before: 'red', after: 'blue' } } };
		expect(describeEntry(entry, {}, AUDIT_COLLECTIONS, ctx('ja'))).toEqual({
			collection: 'future_things',
			record: null,
			changes: [{ field: 'colour', label: 'colour', before: 'red', after: 'blue' }]
		});
	});

	it('lists the fields in the table’s order and leaves out nothing-to-nothing', () => {
		const entry = {
			collection: 'answers',
			changes: { owner: { before: null, after: '' }, notes: { before: null, after: 'メモ' }, status: { before: null, after: 'partial' } }
		};
		expect(describeEntry(entry, {}, AUDIT_COLLECTIONS, ctx('ja')).changes.map((c) => c.field)).toEqual(['status', 'notes']);
	});

	it('takes a record’s values from after a create or update, before a delete', () => {
		const changes = { name: { before: '旧', after: '新' }, owner: { before: '', after: '' } };
		expect(valuesOf({ action: 'update', changes })).toEqual({ name: '新' });
		expect(valuesOf({ action: 'delete', changes })).toEqual({ name: '旧' });
	});

	it('labels records of every collection from their values', () => {
		expect(AUDIT_COLLECTIONS.assessments.label?.({ fiscal_year: 2026, revision: 2 }, ctx('ja'))).toBe('2026年度 第2版');
		expect(AUDIT_COLLECTIONS.assessments.label?.({ fiscal_year: 2026, revision: 2 }, ctx('en'))).toBe('FY2026 revision 2');
		expect(AUDIT_COLLECTIONS.checklists.label?.({ title: { ja: '横断', en: 'Cross' }, version: '2026.1' }, ctx('en'))).toBe(
			'Cross v2026.1'
		);
		expect(AUDIT_COLLECTIONS.signoffs.label?.({ subject_collection: 'assessments', subject_id: 'asmaaaaaaaaaaaa' }, ctx('ja'))).toBe(
			'自己検証: 2026年度 第1版'
		);
		expect(AUDIT_COLLECTIONS.review_comments.label?.({ assessment: 'asmaaaaaaaaaaaa' }, ctx('ja'))).toBe(
			'自己検証全体へのコメント（2026年度 第1版）'
		);
		expect(AUDIT_COLLECTIONS.reports.label?.({ report_id: 'MR-2026-ABCDEFGH' }, ctx('ja'))).toBe('MR-2026-ABCDEFGH');
	});
});
