import { describe, expect, it } from 'vitest';
import { plainText, type Block, type ReportModel } from '../model';
import { reportToPdfSpec } from '../pdf/document';
import { exerciseReportKind } from './exercise-report';
import { EXERCISE_REPORT_SNAPSHOT, INCIDENT_REPORT_SNAPSHOT, PLAN_REPORT_SNAPSHOT } from './fixtures';
import { incidentReportKind } from './incident-report';
import { planReportKind } from './plan-kind';

const options = { language: 'ja' as const, reportId: 'MR-2026-ABCDEFGH', snapshotSha256: 'b'.repeat(64) };

/** Every text of a model, for looking things up. */
function texts(model: ReportModel): string {
	const of = (b: Block): string[] => {
		switch (b.kind) {
			case 'heading':
				return [b.text];
			case 'paragraph':
			case 'callout':
				return [plainText(b.text), b.kind === 'callout' ? (b.title ?? '') : ''];
			case 'markdown':
				return [b.source];
			case 'keyValue':
				return b.rows.flatMap((r) => [r.key, plainText(r.value)]);
			case 'table':
				return [...b.header, ...b.rows.flat().map((c) => (typeof c === 'string' ? c : plainText(c.text))), b.emptyText ?? ''];
			default:
				return [];
		}
	};
	return [model.meta.title, ...model.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(of)])].join('\n');
}

describe('plan report', () => {
	const snap = planReportKind.parse(PLAN_REPORT_SNAPSHOT);
	const model = planReportKind.build(snap, options);

	it('is the approved version, with its approval and a notice of its own', () => {
		expect(model.meta).toMatchObject({
			type: 'plan',
			status: 'signed',
			title: '事業継続計画（BCP）（第9版）',
			fiscalYearLabel: '2026年度'
		});
		expect(model.meta.statusNotice).toContain('承認した第9版');
		expect(planReportKind.subject(snap)).toMatchObject({ subjectId: 'ver000000000009', status: 'signed', fiscalYear: 2026 });
		expect(texts(model)).toContain('経営 一郎');
	});

	it('shows the BIA table with the flagged RTO and both numbers', () => {
		const bia = model.sections.find((s) => s.id === 'section-bia');
		const table = bia?.blocks.find((b) => b.kind === 'table');
		expect(table?.kind === 'table' && table.rows[0][2]).toMatchObject({ text: '30分', tone: 'danger' });
		expect(texts(model)).toContain('RTO（30分）が、分野の検証レベルが許容する時間（10分）を超えています。');
		expect(texts(model)).not.toContain('託送・需給調整: RTO');
	});

	it('lists the gaps, the exercise, the open action and the contact sheet', () => {
		const all = texts(model);
		expect(all).toContain('「復旧戦略と手順」の本文がまだ書かれていません。');
		expect(all).toContain('系統制御システムのランサムウェア感染を想定した机上演習');
		expect(all).toContain('手動運転への切替の判断者が書かれていない');
		expect(all).toContain('090-0000-1101');
		expect(model.sections.map((s) => s.id)).toEqual([
			'overview',
			'section-scope',
			'section-bia',
			'section-dependencies',
			'section-strategies',
			'section-roles',
			'section-communication',
			'section-resources',
			'contacts',
			'approval'
		]);
	});

	it('is a draft for an unapproved version and refuses inconsistent snapshots', () => {
		const draft = planReportKind.parse({
			...PLAN_REPORT_SNAPSHOT,
			version: { ...PLAN_REPORT_SNAPSHOT.version, status: 'draft' },
			approval: null
		});
		expect(planReportKind.build(draft, options).meta.status).toBe('draft');
		expect(() => planReportKind.parse({ ...PLAN_REPORT_SNAPSHOT, approval: null })).toThrow();
		expect(() => planReportKind.parse({ ...PLAN_REPORT_SNAPSHOT, plan: { ...PLAN_REPORT_SNAPSHOT.plan, kind: 'contingency' } })).toThrow();
	});

	it('renders to a pdfmake document in both languages', () => {
		expect(() => reportToPdfSpec(model)).not.toThrow();
		const en = planReportKind.build(snap, { ...options, language: 'en' });
		expect(en.meta.title).toBe('Business continuity plan (BCP) (version 9)');
		expect(texts(en)).toContain('The RTO (30 min) is longer than the sector’s verification level allows (10 min).');
		expect(() => reportToPdfSpec(en)).not.toThrow();
	});
});

describe('exercise report', () => {
	it('has the timeline and the findings with their links', () => {
		const model = exerciseReportKind.build(exerciseReportKind.parse(EXERCISE_REPORT_SNAPSHOT), options);
		expect(model.meta).toMatchObject({ type: 'exercise', status: 'draft', fiscalYearLabel: '2026年度' });
		const all = texts(model);
		expect(all).toContain('保守用リモート接続を停止。');
		expect(all).toContain('cross-sector/SH-02 緊急時の連絡窓口（POC）の設定と疎通確認');
		expect(all).toContain('2026年10月10日 完了');
		// a record, never signed: named as such, with no DRAFT watermark
		expect(model.meta.statusLabel).toBe('作成時点の記録');
		expect(reportToPdfSpec(model).doc.watermark).toBeUndefined();
	});

	it('names the risk the scenario is based on and the risks a finding bears on', () => {
		const snap = exerciseReportKind.parse(EXERCISE_REPORT_SNAPSHOT);
		const linked = {
			...snap,
			exercise: { ...snap.exercise, scenarioRisk: 'R-001 保守用VPNを経由した侵入' },
			findings: snap.findings.map((f) => ({ ...f, risks: ['R-014 専用線の途絶'] }))
		};
		const all = texts(exerciseReportKind.build(exerciseReportKind.parse(linked), options));
		expect(all).toContain('題材にしたリスク');
		expect(all).toContain('R-001 保守用VPNを経由した侵入');
		expect(all).toContain('R-014 専用線の途絶');
		expect(texts(exerciseReportKind.build(snap, options))).not.toContain('題材にしたリスク');
	});
});

describe('incident report draft', () => {
	it('puts the mandatory contact first and says that mamori does not send it', () => {
		const model = incidentReportKind.build(incidentReportKind.parse(INCIDENT_REPORT_SNAPSHOT), options);
		expect(model.meta).toMatchObject({ type: 'incident_report', title: '情報連絡 第2報（続報）', status: 'draft' });
		expect(model.meta.statusNotice).toContain('送信は、事業者');
		const first = model.sections[0].blocks[1];
		expect(first.kind === 'keyValue' && first.rows[0]).toMatchObject({ key: '連絡担当者', value: '守谷 翔太（情報セキュリティ室）' });
		expect(texts(model)).toContain('所管省庁へ、法令に基づく事故報告などとして連絡する');
		const spec = reportToPdfSpec(model);
		expect(spec.doc.watermark).toBeDefined();
		expect(spec.running.headerRight).toContain('下書き');
	});

	it('says a report recorded as sent is sent and final, without the DRAFT watermark (it is never signed)', () => {
		const snap = incidentReportKind.parse(INCIDENT_REPORT_SNAPSHOT);
		const sent = { ...snap, report: { ...snap.report, sentAt: '2026-11-20T07:30:00.000Z', sentVia: '経済産業省の報告フォーム' } };
		const model = incidentReportKind.build(sent, options);
		expect(model.meta).toMatchObject({ status: 'draft', statusLabel: '連絡済み（記録）' });
		expect(model.meta.statusNotice).toContain('経済産業省の報告フォーム');
		expect(incidentReportKind.subject(sent).status).toBe('draft');
		const spec = reportToPdfSpec(model);
		expect(spec.doc.watermark).toBeUndefined();
		expect(spec.running.headerRight).toBe('情報連絡 第2報（続報） · 連絡済み（記録）');
		expect(JSON.stringify(spec.doc.content)).not.toContain('下書き（未署名）');
	});
});
