/**
 * The exercise report: snapshot schema, builder and report type. Scenario,
 * objectives and participants, the timeline of injects and responses,
 * observations, and the findings with their improvement actions. An
 * exercise report is not signed off, so it carries the engine's draft mark
 * and says why on its cover. Pure.
 */
import { z } from 'zod';
import { ACTION_STATUS_NAMES, ACTION_STATUSES } from '../../plans/actions';
import { EXERCISE_KIND_NAMES, EXERCISE_KINDS, TIMELINE_KIND_NAMES, TIMELINE_KINDS } from '../../plans/exercises';
import { PLAN_KIND_NAMES, PLAN_KINDS, PLAN_SECTION_REFS, sectionRefName } from '../../plans/templates';
import { formatDate, formatDateTime } from '../format';
import { REPORT_TYPE_TITLES, type BuildOptions, type ReportKind } from '../kinds';
import type { Block, ReportLanguage, ReportModel } from '../model';
import { fiscalYearAt, id, instant, metaFor, organisationName, organisationPartSchema } from './common';

export const exerciseReportSnapshotSchema = z.strictObject({
	schemaVersion: z.literal(1),
	organisation: organisationPartSchema,
	exercise: z.strictObject({
		id,
		title: z.string().min(1),
		kind: z.enum(EXERCISE_KINDS),
		heldOn: z.iso.date(),
		planKinds: z.array(z.enum(PLAN_KINDS)),
		scenario: z.string(),
		/** "R-004 …": the risk the scenario comes from (absent in snapshots made before risks could be linked). */
		scenarioRisk: z.string().nullable().optional(),
		objectives: z.string(),
		participants: z.string(),
		observations: z.string()
	}),
	timeline: z.array(z.strictObject({ at: instant, kind: z.enum(TIMELINE_KINDS), actor: z.string(), body: z.string() })),
	findings: z.array(
		z.strictObject({
			finding: z.string(),
			action: z.string(),
			owner: z.string(),
			dueDate: z.iso.date().nullable(),
			status: z.enum(ACTION_STATUSES),
			closedAt: instant.nullable(),
			closureNote: z.string(),
			sections: z.array(z.enum(PLAN_SECTION_REFS)),
			/** "R-004 …" labels of the linked risks (optional for the same reason). */
			risks: z.array(z.string()).optional(),
			items: z.array(z.strictObject({ ref: z.string(), title: z.string() }))
		})
	),
	generatedAt: instant
});
export type ExerciseReportSnapshot = z.infer<typeof exerciseReportSnapshotSchema>;

const STRINGS = {
	ja: {
		title: '演習報告書',
		notice: '演習報告書は作成時点の記録であり、経営層の署名の対象ではありません。改善措置の状態は作成時点のものです。',
		statusLabel: '作成時点の記録',
		overview: '演習の概要',
		kind: '種類',
		heldOn: '実施日',
		plans: '対象の計画',
		objectives: '目的',
		participants: '参加者',
		scenario: 'シナリオ',
		scenarioRisk: '題材にしたリスク',
		timeline: 'タイムライン（状況付与と対応）',
		when: '日時',
		entry: '種別',
		actor: '担当・発言者',
		body: '内容',
		observations: '全体の所見',
		findings: '指摘事項と改善措置',
		finding: '指摘事項 → 改善措置',
		owner: '担当',
		due: '期限',
		status: '状態',
		links: '関連',
		closed: (date: string) => `${date} 完了`,
		none: '—',
		noTimeline: 'タイムラインは記録されていません。',
		noFindings: '指摘事項はありません。'
	},
	en: {
		title: 'Exercise report',
		notice:
			'An exercise report is a record as of when it was made; it is not signed off by the executives. Improvement actions are shown as they stood then.',
		statusLabel: 'Record as of generation',
		overview: 'Exercise overview',
		kind: 'Kind',
		heldOn: 'Held on',
		plans: 'Plans exercised',
		objectives: 'Objectives',
		participants: 'Participants',
		scenario: 'Scenario',
		scenarioRisk: 'Risk the scenario is based on',
		timeline: 'Timeline (injects and responses)',
		when: 'When',
		entry: 'Kind',
		actor: 'Who',
		body: 'What happened',
		observations: 'Overall observations',
		findings: 'Findings and improvement actions',
		finding: 'Finding → action',
		owner: 'Owner',
		due: 'Due',
		status: 'Status',
		links: 'Linked to',
		closed: (date: string) => `closed ${date}`,
		none: '—',
		noTimeline: 'No timeline was recorded.',
		noFindings: 'No findings.'
	}
} satisfies Record<ReportLanguage, Record<string, unknown>>;

export function buildExerciseReport(snap: ExerciseReportSnapshot, options: BuildOptions): ReportModel {
	const lang = options.language;
	const s = STRINGS[lang];
	const ex = snap.exercise;
	const markdownOr = (source: string): Block =>
		source.trim() ? { kind: 'markdown', source } : { kind: 'paragraph', text: s.none, variant: 'muted' };
	return {
		meta: metaFor(snap.organisation, fiscalYearAt(`${ex.heldOn}T00:00:00+09:00`, snap.organisation.fyStartMonth), {
			reportId: options.reportId,
			type: 'exercise',
			title: lang === 'ja' ? `${s.title}：${ex.title}` : `${s.title}: ${ex.title}`,
			status: 'draft',
			language: lang,
			generatedAt: snap.generatedAt,
			snapshotSha256: options.snapshotSha256,
			statusNotice: s.notice,
			statusLabel: s.statusLabel
		}),
		sections: [
			{
				id: 'overview',
				title: s.overview,
				blocks: [
					{
						kind: 'keyValue',
						rows: [
							{ key: s.kind, value: EXERCISE_KIND_NAMES[ex.kind][lang] },
							{ key: s.heldOn, value: formatDate(ex.heldOn, lang) },
							{ key: s.plans, value: ex.planKinds.map((k) => PLAN_KIND_NAMES[k][lang]).join(lang === 'ja' ? '、' : ', ') || s.none },
							...(ex.scenarioRisk ? [{ key: s.scenarioRisk, value: ex.scenarioRisk }] : []),
							{ key: s.objectives, value: ex.objectives || s.none },
							{ key: s.participants, value: ex.participants || s.none }
						]
					},
					{ kind: 'heading', level: 2, text: s.scenario, keepWithNext: true },
					markdownOr(ex.scenario)
				]
			},
			{
				id: 'timeline',
				title: s.timeline,
				newPage: false,
				blocks: [
					{
						kind: 'table',
						header: [s.when, s.entry, s.actor, s.body],
						rows: snap.timeline.map((t) => [formatDateTime(t.at, lang), TIMELINE_KIND_NAMES[t.kind][lang], t.actor || s.none, t.body]),
						widths: [80, 50, 70, '*'],
						dense: true,
						emptyText: s.noTimeline
					}
				]
			},
			{ id: 'observations', title: s.observations, newPage: false, blocks: [markdownOr(ex.observations)] },
			{
				id: 'findings',
				title: s.findings,
				newPage: false,
				blocks: [
					{
						kind: 'table',
						header: [s.finding, s.owner, s.due, s.status, s.links],
						rows: snap.findings.map((f) => [
							f.action ? `${f.finding}\n→ ${f.action}` : f.finding,
							f.owner || s.none,
							f.dueDate ? formatDate(f.dueDate, lang) : s.none,
							f.status === 'closed' && f.closedAt
								? { text: `${ACTION_STATUS_NAMES[f.status][lang]}\n${s.closed(formatDate(f.closedAt, lang))}`, tone: 'success' }
								: { text: ACTION_STATUS_NAMES[f.status][lang], tone: 'warning' },
							[
								...f.sections.map((r) => sectionRefName(r, lang)),
								...(f.risks ?? []),
								...f.items.map((i) => (i.title ? `${i.ref} ${i.title}` : i.ref))
							].join('\n') || s.none
						]),
						widths: ['*', 60, 58, 58, 120],
						dense: true,
						emptyText: s.noFindings
					}
				]
			}
		]
	};
}

export const exerciseReportKind: ReportKind<ExerciseReportSnapshot> = {
	type: 'exercise',
	title: REPORT_TYPE_TITLES.exercise,
	parse: (input) => exerciseReportSnapshotSchema.parse(input),
	subject: (snap) => ({
		organisationId: snap.organisation.id,
		organisationName: organisationName(snap.organisation, 'ja'),
		subjectId: snap.exercise.id,
		fiscalYear: fiscalYearAt(`${snap.exercise.heldOn}T00:00:00+09:00`, snap.organisation.fyStartMonth),
		status: 'draft'
	}),
	build: buildExerciseReport
};
