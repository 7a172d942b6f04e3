import { describe, expect, it } from 'vitest';
import { plainText, type DataTableBlock, type ReportModel } from '../model';
import { reportToPdfSpec } from '../pdf/document';
import { buildBoardReport, LIST_LIMIT } from './build';
import { boardFacts, isGap } from './facts';
import { syntheticBoardSnapshot } from './fixtures';
import { boardReportKind } from './kind';
import { parseBoardSnapshot } from './snapshot';

const OPTIONS = { reportId: 'MR-2026-BOARDAAA', snapshotSha256: 'e'.repeat(64) };
const text = (cell: DataTableBlock['rows'][number][number]) => (typeof cell === 'string' ? cell : plainText(cell.text));

function tables(model: ReportModel, id: string): DataTableBlock[] {
	const section = model.sections.find((s) => s.id === id);
	if (!section) throw new Error(`no section ${id}`);
	return section.blocks.filter((b): b is DataTableBlock => b.kind === 'table');
}

describe('board report facts', () => {
	const snap = syntheticBoardSnapshot();
	const facts = boardFacts(snap, 'ja');

	it('reads today in Japan from the snapshot', () => {
		expect(snap.generatedAt).toBe('2027-03-25T01:00:00Z');
		expect(facts.today).toBe('2027-03-25');
	});

	it('finds the gaps closed and opened since last year, item by item', () => {
		const previous = new Map(snap.selfcheck.previous?.items.map((p) => [`${p.checklistId}/${p.itemId}`, p.status]));
		const counted = facts.ctx.counted;
		const closed = counted.filter((i) => {
			const before = previous.get(`${i.checklistId}/${i.itemId}`);
			return before !== undefined && isGap(before) && !isGap(i.answer.status);
		});
		const opened = counted.filter((i) => {
			const before = previous.get(`${i.checklistId}/${i.itemId}`);
			return isGap(i.answer.status) && (before === undefined || !isGap(before));
		});
		expect(facts.gapsClosed.map((g) => g.itemId)).toEqual(closed.map((i) => i.itemId));
		expect(facts.gapsOpened.map((g) => g.itemId)).toEqual(opened.map((i) => i.itemId));
		expect(facts.gapsClosed.length + facts.gapsOpened.length).toBeGreaterThan(0);
		expect(facts.gapsNow).toBe(counted.filter((i) => isGap(i.answer.status)).length);
	});

	it('sorts acceptances into newly accepted, expiring within 90 days, and expired while the risk is open', () => {
		expect(facts.newlyAccepted.map((d) => d.acceptance.id)).toEqual(['a1']);
		expect(facts.expiring.map((d) => [d.acceptance.id, d.days])).toEqual([['a1', 39]]);
		expect(facts.expired.map((d) => [d.acceptance.id, d.days])).toEqual([['a2', -11]]);
	});

	it('lists open findings, and overdue findings and actions that are still open', () => {
		expect(facts.openFindings.map((f) => f.id)).toEqual(['f1', 'f2']);
		expect(facts.overdueFindings.map((f) => f.id)).toEqual(['f1']);
		expect(facts.overdueRiskActions.map((a) => [a.id, a.risk.ref])).toEqual([['x1', 'R-001']]);
		expect(facts.overdueImprovements.map((a) => a.id)).toEqual(['i1']);
	});

	it('counts plans approved and exercises held within the fiscal year only', () => {
		expect(facts.plansApproved.map((v) => v.id)).toEqual(['p1']);
		expect(facts.exercisesHeld.map((e) => e.id)).toEqual(['e1']);
	});
});

describe('board report', () => {
	const snap = syntheticBoardSnapshot();

	it('parses its snapshot and refuses actions on unknown risks, naming the field', () => {
		expect(parseBoardSnapshot(snap)).toEqual(snap);
		expect(() => parseBoardSnapshot({ ...snap, riskActions: [{ ...snap.riskActions[0], risk: 'nope' }] })).toThrow(
			/riskActions.*risk|unknown risk nope/s
		);
	});

	it('is about this year’s self-check, as a draft that says why', () => {
		expect(boardReportKind.subject(snap)).toEqual({
			organisationId: snap.selfcheck.organisation.id,
			organisationName: snap.selfcheck.organisation.name,
			subjectId: snap.selfcheck.assessment.id,
			fiscalYear: 2026,
			status: 'draft'
		});
		const model = buildBoardReport(snap, { ...OPTIONS, language: 'ja' });
		expect(model.meta).toMatchObject({ type: 'board', title: '経営層向け報告書', fiscalYearLabel: '2026年度', status: 'draft' });
		expect(model.meta.statusNotice).toContain('署名');
	});

	it('shows the headline figures and says what needs a decision', () => {
		const model = buildBoardReport(snap, { ...OPTIONS, language: 'ja' });
		const overview = model.sections[0];
		const kv = overview.blocks.find((b) => b.kind === 'keyValue');
		if (kv?.kind !== 'keyValue') throw new Error('no figures');
		const value = (key: string) => plainText(kv.rows.find((r) => r.key === key)?.value ?? '');
		expect(value('リスク受容の期限')).toBe('90日以内に期限 1件・期限切れ 1件');
		expect(value('未完了の指摘事項')).toBe('2件（うち期限超過 1件）');
		expect(value('期限を過ぎた対応')).toBe('リスク対応 1件・改善措置 1件');
		expect(value('計画の承認と演習')).toBe('承認した版 1件・実施した演習 1件');
		const sentences = overview.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? plainText(b.text) : ''));
		expect(sentences).toContain('期限が切れたまま対応中のリスク受容が1件あります。再承認するか、別のリスク対応を決めてください。');
		expect(sentences).toContain('期限を過ぎた対応・指摘事項が合わせて3件あります。');
	});

	it('charts this year against last year by section and by classification', () => {
		const model = buildBoardReport(snap, { ...OPTIONS, language: 'en' });
		const charts = [...model.sections[0].blocks, ...model.sections[1].blocks].filter((b) => b.kind === 'barChart');
		expect(charts).toHaveLength(2);
		for (const chart of charts) {
			if (chart.kind !== 'barChart') continue;
			expect(chart.series.map((s) => s.name)).toEqual(['FY2025', 'FY2026']);
			for (const s of chart.series) expect(s.values).toHaveLength(chart.categories.length);
		}
	});

	it('cuts long lists to a few rows and points to the detailed report', () => {
		const many = {
			...snap,
			findings: Array.from({ length: LIST_LIMIT + 3 }, (_, i) => ({ ...snap.findings[0], id: `f${i}`, title: `指摘${i}` }))
		};
		const model = buildBoardReport(many, { ...OPTIONS, language: 'ja' });
		expect(tables(model, 'assurance')[0].rows).toHaveLength(LIST_LIMIT);
		const section = model.sections.find((s) => s.id === 'assurance');
		const notes = section?.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? plainText(b.text) : ''));
		expect(notes).toEqual(['ほか3件は指摘事項の一覧を参照してください。']);
	});

	it('lists the risk tables with expired acceptances first', () => {
		const model = buildBoardReport(snap, { ...OPTIONS, language: 'ja' });
		const [accepted, expiry, actions] = tables(model, 'risks');
		expect(accepted.rows.map((r) => text(r[0]))).toEqual(['R-001']);
		expect(expiry.rows.map((r) => [text(r[0]), text(r[3])])).toEqual([
			['R-002', '期限切れ（11日経過）'],
			['R-001', 'あと39日']
		]);
		expect(actions.rows.map((r) => text(r[2]))).toEqual(['境界ファイアウォールの更新']);
	});

	it('says so when there is no previous year', () => {
		const alone = { ...snap, selfcheck: { ...snap.selfcheck, previous: null } };
		const model = buildBoardReport(alone, { ...OPTIONS, language: 'ja' });
		expect(model.sections[1].blocks).toEqual([
			{ kind: 'callout', tone: 'info', text: expect.stringContaining('前年度の自己検証の記録がない') }
		]);
	});

	it('turns into a PDF document in both languages', () => {
		for (const language of ['ja', 'en'] as const)
			expect(() => reportToPdfSpec(buildBoardReport(snap, { ...OPTIONS, language }))).not.toThrow();
	});
});
