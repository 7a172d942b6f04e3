import { describe, expect, it } from 'vitest';
import { groupOf } from '../../selfcheck/groups';
import { scoreAnswers } from '../../selfcheck/scoring';
import { formatPercent } from '../format';
import { snapshotSha256 } from '../integrity';
import { plainText, type Block, type DataTableBlock, type ReportModel } from '../model';
import { reportToPdfSpec } from '../pdf/document';
import { buildSelfCheckReport } from './build';
import { isCountedItem, parseSelfCheckSnapshot, type SelfCheckSnapshot } from './snapshot';
import { syntheticSnapshot } from './synthetic';

const OPTIONS = { reportId: 'MR-2026-BUILDAAA', snapshotSha256: 'f'.repeat(64) };

function blocks(model: ReportModel, sectionId: string): Block[] {
	const section = model.sections.find((s) => s.id === sectionId);
	if (!section) throw new Error(`no section ${sectionId}`);
	return section.blocks;
}

function tables(model: ReportModel, sectionId: string): DataTableBlock[] {
	return blocks(model, sectionId).filter((b): b is DataTableBlock => b.kind === 'table');
}

const cellText = (cell: DataTableBlock['rows'][number][number]): string => (typeof cell === 'string' ? cell : plainText(cell.text));

describe('synthetic snapshots', () => {
	it('are valid and deterministic', async () => {
		const a = syntheticSnapshot({ items: 120, sections: 8, signed: true });
		const b = syntheticSnapshot({ items: 120, sections: 8, signed: true });
		expect(parseSelfCheckSnapshot(a)).toEqual(a);
		expect(await snapshotSha256(a)).toBe(await snapshotSha256(b));
		expect(await snapshotSha256(syntheticSnapshot({ items: 120, sections: 8, seed: 2 }))).not.toBe(await snapshotSha256(a));
		expect(a.organisation.name).toContain('合成データ');
	});
});

describe('the snapshot schema', () => {
	it('rejects items in unknown sections, duplicate items and signatures on unsigned assessments', () => {
		const snap = syntheticSnapshot({ items: 10, sections: 2 });
		const broken: SelfCheckSnapshot = {
			...snap,
			items: [...snap.items, { ...snap.items[0] }, { ...snap.items[1], itemId: 'X-01', sectionId: 'NOPE' }],
			signoff: { signerName: 'x', signedAt: '2027-01-01T00:00:00Z', contentSha256: 'a'.repeat(64) }
		};
		expect(() => parseSelfCheckSnapshot(broken)).toThrow(/listed twice[^]*unknown section[^]*signed assessment/);
		expect(() => parseSelfCheckSnapshot({ ...snap, schemaVersion: 1 })).toThrow(/schemaVersion/);
	});
});

describe('buildSelfCheckReport', () => {
	const snap = syntheticSnapshot({ items: 150, sections: 9, signed: false });
	const ja = buildSelfCheckReport(snap, OPTIONS);
	const en = buildSelfCheckReport(snap, { ...OPTIONS, language: 'en' });

	it('has the sections in order, draft status and Japanese by default', () => {
		expect(ja.sections.map((s) => s.id)).toEqual([
			'summary',
			'coverage',
			'year-over-year',
			'gaps',
			'risks',
			'not-adopted',
			'justifications',
			'detail',
			'evidence',
			'findings',
			'comments',
			'signoff'
		]);
		expect(ja.meta).toMatchObject({
			status: 'draft',
			language: 'ja',
			fiscalYearLabel: '2026年度',
			sectorName: '電力',
			title: '安全基準等 自己検証報告書'
		});
		expect(en.meta).toMatchObject({
			language: 'en',
			fiscalYearLabel: 'FY2026',
			sectorName: 'Electric power',
			title: 'Safety-standard self-check report'
		});
		expect(reportToPdfSpec(ja).doc.watermark?.text).toBe('DRAFT / 下書き');
	});

	it('shows the scores computed by selfcheck/scoring.ts', () => {
		const score = scoreAnswers(
			snap.items
				.filter(isCountedItem)
				.map((i) => ({ itemId: i.itemId, sectionId: i.sectionId, group: groupOf(i), status: i.answer.status }))
		);
		const [scores] = tables(ja, 'summary').filter((t) => t.header[0] === '区分');
		expect(scores.rows.map((r) => cellText(r[0]))).toEqual(['要検討事項', '参考事項（採用分）', '分野固有事項', '先導的取組', '全体']);
		expect(scores.rows.map((r) => cellText(r[1]))).toEqual([
			formatPercent(score.consider.ratio),
			formatPercent(score.reference.ratio),
			formatPercent(score.sector.ratio),
			formatPercent(score.leading.ratio),
			formatPercent(score.overall.ratio)
		]);
		expect(cellText(scores.rows[4][3])).toBe(`${score.overall.answered} / ${score.overall.total}`);
		expect(score.overall.total).toBeLessThan(snap.items.length);
	});

	it('lists reference items not adopted with their reasons, never as gaps', () => {
		const notAdopted = snap.items.filter((i) => !isCountedItem(i));
		expect(notAdopted.length).toBeGreaterThan(0);
		const [list] = tables(ja, 'not-adopted');
		expect(list.rows.map((r) => cellText(r[0]))).toEqual(notAdopted.map((i) => i.itemId));
		const [gaps] = tables(ja, 'gaps');
		const gapIds = new Set(gaps.rows.map((r) => cellText(r[0])));
		for (const item of notAdopted) expect(gapIds.has(item.itemId)).toBe(false);
	});

	it('says that every reference item counts in a self-check started before adoption was recorded', () => {
		const legacy = { ...snap, assessment: { ...snap.assessment, referenceAdoption: 'all' as const } };
		const report = buildSelfCheckReport(
			{ ...legacy, items: legacy.items.map((i) => (i.adoption ? { ...i, adoption: { ...i.adoption, adopted: true } } : i)) },
			{ language: 'ja', reportId: 'MR-2026-ABCDEFGH', snapshotSha256: 'a'.repeat(64) }
		);
		const section = report.sections.find((x) => x.id === 'not-adopted');
		expect(JSON.stringify(section)).toContain('すべての参考事項を採用したものとして集計');
	});

	it('charts coverage by top-level section and the year-over-year change', () => {
		const charts = [...blocks(ja, 'coverage'), ...blocks(ja, 'year-over-year')].filter((b) => b.kind === 'barChart');
		// one coverage chart per checklist, each with the groups its items have, then the year-over-year chart
		expect(charts).toHaveLength(3);
		const [coverage, supplement, yoy] = charts;
		expect(coverage.kind === 'barChart' && coverage.categories).toHaveLength(8);
		expect(coverage.kind === 'barChart' && coverage.series.map((x) => x.name)).toEqual(['要検討事項', '参考事項（採用分）', '先導的取組']);
		expect(supplement.kind === 'barChart' && supplement.series.map((x) => x.name)).toEqual(['分野固有事項']);
		expect(yoy.kind === 'barChart' && yoy.series.map((s) => s.name)).toEqual(['2025年度', '2026年度']);
		for (const chart of charts) {
			if (chart.kind !== 'barChart') continue;
			for (const s of chart.series) for (const v of s.values) expect(v === null || (v >= 0 && v <= 1)).toBe(true);
		}
	});

	it('lists every gap with owner and target date, and every justification', () => {
		const gaps = snap.items.filter(isCountedItem).filter((i) => ['partial', 'not_implemented', 'unanswered'].includes(i.answer.status));
		const [table] = tables(ja, 'gaps');
		expect(table.rows).toHaveLength(gaps.length);
		expect(new Set(table.rows.map((r) => cellText(r[0])))).toEqual(new Set(gaps.map((g) => g.itemId)));
		// items to consider come first
		const classes = table.rows.map((r) => cellText(r[2]));
		expect(classes).toContain('要検討事項');
		expect(classes).toContain('参考事項');
		expect(classes).toContain('分野固有事項');
		expect(classes.lastIndexOf('要検討事項')).toBeLessThan(classes.indexOf('参考事項'));
		expect(classes.lastIndexOf('分野固有事項')).toBeLessThan(classes.indexOf('参考事項'));
		const [just] = tables(ja, 'justifications');
		expect(just.rows).toHaveLength(
			snap.items.filter(isCountedItem).filter((i) => i.answer.status === 'alternative' || i.answer.status === 'not_applicable').length
		);
	});

	it('details every item with its answer, notes, evidence and the carried-over marker', () => {
		const detail = blocks(ja, 'detail');
		const headings = detail.filter((b) => b.kind === 'heading' && b.level === 4).map((b) => (b.kind === 'heading' ? b.text : ''));
		expect(headings).toHaveLength(snap.items.length);
		expect(headings[0]).toBe(`${snap.items[0].itemId}　${snap.items[0].title.ja}`);
		const text = JSON.stringify(detail);
		expect(text).toContain('前年度から引継ぎ・今年度未確認');
		expect(text).toContain(snap.items.find((i) => i.answer.evidence.length > 0)?.answer.evidence[0].revision?.sha256);
		expect(detail.filter((b) => b.kind === 'markdown').length).toBe(
			snap.items.filter(isCountedItem).filter((i) => i.answer.notes.trim() !== '').length
		);
		expect(text).toContain('採用しない参考事項');
		expect(JSON.stringify(blocks(en, 'detail'))).toContain('Carried over from last year — not yet confirmed');
	});

	it('has the review comments and, once signed, the signature instead of the draft status', () => {
		expect(tables(ja, 'comments')[0].rows).toHaveLength(snap.comments.length);
		expect(blocks(ja, 'signoff')[0]).toEqual({ kind: 'signature', signature: null });
		const signed = buildSelfCheckReport(syntheticSnapshot({ items: 150, sections: 9, signed: true }), OPTIONS);
		expect(signed.meta.status).toBe('signed');
		expect(reportToPdfSpec(signed).doc.watermark).toBeUndefined();
		expect(blocks(signed, 'signoff')[1]).toMatchObject({
			kind: 'signature',
			signature: { signerName: '山本 恵子（代表取締役社長）', contentSha256: '7d4e3f9a'.repeat(8) }
		});
	});

	it('says so when there is no previous year', () => {
		const model = buildSelfCheckReport(syntheticSnapshot({ items: 20, sections: 2, withPrevious: false }), OPTIONS);
		expect(blocks(model, 'year-over-year')).toEqual([
			{ kind: 'callout', tone: 'info', text: '前年度の自己検証の記録がないため、比較はありません。' }
		]);
	});

	it('uses English labels and titles on request', () => {
		const text = JSON.stringify(en);
		for (const label of [
			'Executive summary',
			'Items to consider',
			'Reference items',
			'Gaps (partly implemented',
			'Item-by-item answers',
			'Review comments'
		]) {
			expect(text).toContain(label);
		}
		expect(text).not.toContain('エグゼクティブサマリー');
		expect(JSON.stringify(blocks(en, 'detail'))).toContain(snap.items[0].title.en);
	});
});

describe('answers carried through a crosswalk', () => {
	it('say in the item detail which previous answers they came from', () => {
		const snap = syntheticSnapshot({ items: 10, sections: 2 });
		const target = snap.items.find((i) => i.adoption === null) ?? snap.items[0];
		target.answer.mappedFrom = [{ checklistId: 'cross-sector', version: '2026.2', itemId: 'GOV-02', status: 'implemented' }];
		const text = (lang: 'ja' | 'en') =>
			blocks(buildSelfCheckReport(parseSelfCheckSnapshot(snap), { ...OPTIONS, language: lang }), 'detail')
				.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.text)] : []))
				.filter((t) => t.includes('GOV-02'));
		expect(text('ja')).toEqual(['※ 対応表（版の改訂）による引継ぎ: 前年度の cross-sector 2026.2 GOV-02（実施）から']);
		expect(text('en')).toEqual([
			"※ Carried over through a crosswalk (new edition) from last year's cross-sector 2026.2 GOV-02 (Implemented)"
		]);
	});
});
