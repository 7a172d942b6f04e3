import { describe, expect, it } from 'vitest';
import { AUDIT_COLLECTIONS } from '$lib/i18n/messages/audit-collections';
import { REPORT_TYPE_TITLES, REPORT_TYPES } from '$lib/domain/reports/kinds';
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
			changes: [{ field: 'colour', label: 'colour', before: 'red', after: 'blue' }],
			viewed: null
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

	it('labels records of the collections other areas added, as a person names them', () => {
		const en = ctx('en');
		const ja = ctx('ja');
		expect(AUDIT_COLLECTIONS.plan_versions.label?.({ title: '事業継続計画（BCP）', number: 3 }, ja)).toBe('事業継続計画（BCP） 第3版');
		expect(AUDIT_COLLECTIONS.plan_versions.label?.({ kind: 'contingency', number: 2 }, en)).toBe('Contingency plan version 2');
		expect(AUDIT_COLLECTIONS.invitations.label?.({ email: 'k.sato@example.jp', role: 'security_team' }, ja)).toBe(
			'k.sato@example.jp（セキュリティ担当）'
		);
		expect(AUDIT_COLLECTIONS.invitations.label?.({ email: 'k.sato@example.jp', role: 'auditors' }, en)).toBe('k.sato@example.jp (Auditor)');
		expect(AUDIT_COLLECTIONS.findings.label?.({ title: 'バックアップの復旧試験が未実施', severity: 'high' }, ja)).toBe(
			'バックアップの復旧試験が未実施'
		);
		expect(AUDIT_COLLECTIONS.incident_reports.label?.({ number: 2 }, ja)).toBe('第2報');
		expect(
			AUDIT_COLLECTIONS.evidence_requests.label?.(
				{ title: '演習記録', target_type: 'selfcheck_item', target_id: 'asmaaaaaaaaaaaa', target_part: 'GOV-01' },
				ja
			)
		).toBe('演習記録（自己検証の項目 2026年度 第1版 GOV-01）');
		expect(
			AUDIT_COLLECTIONS.reference_adoptions.label?.({ assessment: 'asmaaaaaaaaaaaa', item_id: 'GOV-01', checklist: 'pinaaaaaaaaaaaa' }, ja)
		).toBe('GOV-01 サイバーセキュリティを経営の重要事項に（2026年度 第1版）');
		expect(AUDIT_COLLECTIONS.audit_grants.label?.({ auditor_name: '監査 花子', fiscal_year: 2026 }, ja)).toBe('監査 花子（2026年度）');
	});

	it('never shows an invitation’s token hash, and reads domain values in both languages', () => {
		const entry = {
			collection: 'invitations',
			action: 'create',
			changes: { token_hash: { before: null, after: 'a'.repeat(64) }, role: { before: null, after: 'executives' } }
		};
		expect(describeEntry(entry, {}, AUDIT_COLLECTIONS, ctx('ja')).changes).toEqual([
			{ field: 'role', label: 'ロール', before: '—', after: '経営層' }
		]);
		const incident = { collection: 'incidents', action: 'update', changes: { severity_continuity: { before: null, after: 2 } } };
		expect(describeEntry(incident, {}, AUDIT_COLLECTIONS, ctx('ja')).changes[0].after).toBe('2（中）');
		expect(describeEntry(incident, {}, AUDIT_COLLECTIONS, ctx('en')).changes[0].after).toBe('2 (Medium)');
		const finding = { collection: 'findings', action: 'update', changes: { status: { before: 'open', after: 'responded' } } };
		expect(describeEntry(finding, {}, AUDIT_COLLECTIONS, ctx('ja')).changes[0]).toMatchObject({
			label: '状態',
			before: '対応待ち',
			after: '確認待ち'
		});
	});

	it('says what an outside auditor viewed, in the reader’s language, and lists no changes for a view', () => {
		const scope = { collection: 'audit_grants', action: 'view', changes: { viewed: { before: null, after: 'scope FY2026' } } };
		const known = { auditor_name: '監査 花子', fiscal_year: 2026 };
		expect(describeEntry(scope, known, AUDIT_COLLECTIONS, ctx('ja'))).toEqual({
			collection: '監査人の閲覧範囲',
			record: '監査 花子（2026年度）',
			changes: [],
			viewed: '2026年度の自己検証と範囲内の証跡の一覧'
		});
		expect(describeEntry(scope, known, AUDIT_COLLECTIONS, ctx('en')).viewed).toBe('The FY2026 self-check and the evidence in scope');
		const file = {
			collection: 'audit_grants',
			action: 'view',
			changes: { viewed: { before: null, after: 'file 点検記録.pdf (revision 2, revaaaaaaaaaaaa)' } }
		};
		expect(describeEntry(file, known, AUDIT_COLLECTIONS, ctx('ja')).viewed).toBe('証跡ファイル: 点検記録.pdf（第2版）');
		expect(describeEntry(file, known, AUDIT_COLLECTIONS, ctx('en')).viewed).toBe('Evidence file: 点検記録.pdf (revision 2)');
		expect(AUDIT_COLLECTIONS.audit_grants.references?.(valuesOf(file))).toEqual([['evidence_revisions', 'revaaaaaaaaaaaa']]);
		// a text the hooks may write later still shows, as written
		const other = { collection: 'audit_grants', action: 'view', changes: { viewed: { before: null, after: 'report MR-1' } } };
		expect(describeEntry(other, known, AUDIT_COLLECTIONS, ctx('ja')).viewed).toBe('report MR-1');
	});

	it('names a report type as the Reports page does, not by its stored value', () => {
		const created = { collection: 'reports', action: 'create', changes: { type: { before: null, after: 'selfcheck' } } };
		const type = (lang: 'ja' | 'en') => describeEntry(created, {}, AUDIT_COLLECTIONS, ctx(lang)).changes.find((c) => c.field === 'type');
		expect(type('ja')?.after).toBe('自己検証報告書');
		expect(type('en')?.after).toBe('Self-check report');
		for (const t of REPORT_TYPES) expect(formatValue(t, AUDIT_COLLECTIONS.reports.fields.type, ctx('ja'))).toBe(REPORT_TYPE_TITLES[t].ja);
	});
});
