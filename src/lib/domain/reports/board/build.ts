/**
 * The board report (経営層向け報告書): a short PDF for executives — this
 * year against last year as charts and a few sentences each. Four sections:
 * the year at a glance, the self-check against last year (by section and
 * classification, gaps closed and opened), risks and acceptances (newly
 * accepted, expiring or expired, overdue treatment actions), and findings,
 * plans and exercises. Long lists are cut to a few rows with a pointer to the
 * detailed report. Pure.
 */
import { FINDING_STATUSES, SEVERITIES } from '../../evidence/review';
import { EXERCISE_KIND_NAMES } from '../../plans/exercises';
import { PLAN_KIND_NAMES } from '../../plans/templates';
import { validThrough } from '../../risks/dates';
import { SCORE_GROUP_NAMES } from '../../selfcheck/groups';
import type { ScoreDelta } from '../../selfcheck/scoring';
import { fiscalYearLabel, fiscalYearPeriod, formatDate, formatDeltaPoints, formatPercent } from '../format';
import type { BuildOptions } from '../kinds';
import type { Block, ReportModel, Section, Tone } from '../model';
import { sectorByCode } from '../../sectors';
import { SERIES_COLORS, STATUS_TONES } from '../selfcheck/context';
import { organisationNameIn } from '../selfcheck/snapshot';
import { boardFacts, EXPIRY_WINDOW_DAYS, type BoardFacts, type GapChange } from './facts';
import { BOARD_STRINGS, type BoardStrings } from './i18n';
import type { BoardSnapshot } from './snapshot';

/** Rows a list shows before pointing to the detailed report. */
export const LIST_LIMIT = 5;
/** Sections named as having risen or fallen most. */
const MOVED_NAMED = 3;

const SEVERITY_LABELS = {
	ja: { none: 'なし', low: '低', medium: '中', high: '高', crisis: '危機' },
	en: { none: 'None', low: 'Low', medium: 'Medium', high: 'High', crisis: 'Crisis' }
} as const satisfies Record<string, Record<(typeof SEVERITIES)[number], string>>;
const SEVERITY_TONES: Record<(typeof SEVERITIES)[number], Tone> = {
	none: 'neutral',
	low: 'info',
	medium: 'warning',
	high: 'danger',
	crisis: 'danger'
};
const FINDING_LABELS = {
	ja: { open: '対応待ち', responded: '確認待ち', closed: '完了' },
	en: { open: 'Waiting for response', responded: 'Waiting for check', closed: 'Closed' }
} as const satisfies Record<string, Record<(typeof FINDING_STATUSES)[number], string>>;

const toneOf = (ratio: number | null): Tone | undefined => (ratio === null || ratio === 0 ? undefined : ratio > 0 ? 'success' : 'danger');

/** The first LIST_LIMIT rows, and a line saying how many more the detailed report holds. */
function limited(s: BoardStrings, where: keyof BoardStrings['see'], table: Extract<Block, { kind: 'table' }>): Block[] {
	const more = table.rows.length - LIST_LIMIT;
	if (more <= 0) return [table];
	return [
		{ ...table, rows: table.rows.slice(0, LIST_LIMIT) },
		{ kind: 'paragraph', variant: 'muted', text: s.more(more, s.see[where]) }
	];
}

function overview(f: BoardFacts, s: BoardStrings): Section {
	const { ctx } = f;
	const lang = ctx.lang;
	const matched = ctx.comparison?.overall.overall;
	const delta = matched ? formatDeltaPoints(matched.current.ratio, matched.previous.ratio, lang) : null;
	const expiredOrOverdue = f.overdueFindings.length + f.overdueRiskActions.length + f.overdueImprovements.length;
	const sentences: string[] = [];
	if (!matched || matched.ratio === null) sentences.push(s.sentences.noPrevious);
	else if (matched.ratio > 0)
		sentences.push(s.sentences.scoreUp(formatDeltaPoints(matched.current.ratio, matched.previous.ratio, lang).replace(/^\+/, '')));
	else if (matched.ratio < 0)
		sentences.push(s.sentences.scoreDown(formatDeltaPoints(matched.current.ratio, matched.previous.ratio, lang).replace(/^−/, '')));
	else sentences.push(s.sentences.scoreSame);
	if (f.expired.length) sentences.push(s.sentences.expired(f.expired.length));
	if (expiredOrOverdue) sentences.push(s.sentences.overdue(expiredOrOverdue));
	if (!f.expired.length && !expiredOrOverdue) sentences.push(s.sentences.allClear);
	const warn = (n: number): Tone | undefined => (n > 0 ? 'danger' : undefined);
	return {
		id: 'overview',
		title: s.section.overview,
		blocks: [
			{ kind: 'paragraph', variant: 'lead', text: s.overviewLead(ctx.fyLabel, ctx.previousFyLabel) },
			{
				kind: 'keyValue',
				keyWidth: 150,
				rows: [
					{
						key: s.figures.score,
						value: s.scoreValue(formatPercent(ctx.score.overall.ratio), delta),
						tone: toneOf(matched?.ratio ?? null)
					},
					{ key: s.figures.gaps, value: s.gapsValue(f.gapsNow, f.gapsClosed.length, f.gapsOpened.length, ctx.comparison !== null) },
					{ key: s.figures.accepted, value: s.acceptedValue(f.newlyAccepted.length) },
					{
						key: s.figures.expiring,
						value: s.expiringValue(f.expiring.length, f.expired.length, EXPIRY_WINDOW_DAYS),
						tone: warn(f.expired.length)
					},
					{
						key: s.figures.findings,
						value: s.findingsValue(f.openFindings.length, f.overdueFindings.length),
						tone: warn(f.overdueFindings.length)
					},
					{
						key: s.figures.overdue,
						value: s.overdueValue(f.overdueRiskActions.length, f.overdueImprovements.length),
						tone: warn(f.overdueRiskActions.length + f.overdueImprovements.length)
					},
					{ key: s.figures.plans, value: s.plansValue(f.plansApproved.length, f.exercisesHeld.length) }
				]
			},
			...sentences.map((text): Block => ({ kind: 'paragraph', text })),
			...groupsChart(f, s)
		]
	};
}

function gapTable(f: BoardFacts, s: BoardStrings, gaps: GapChange[], empty: string): Block[] {
	const { ctx } = f;
	return limited(s, 'selfcheck', {
		kind: 'table',
		header: s.gapHeader(ctx.previousFyLabel ?? '', ctx.fyLabel),
		widths: [58, '*', 78, 78],
		dense: true,
		emptyText: empty,
		rows: gaps.map((g) => [
			g.itemId,
			g.title,
			g.previous ? { text: ctx.statusLabel(g.previous), tone: STATUS_TONES[g.previous] } : { text: s.newItem, tone: 'neutral' },
			{ text: ctx.statusLabel(g.current), tone: STATUS_TONES[g.current], bold: true }
		])
	});
}

const yearSeries = (f: BoardFacts, rows: { delta: ScoreDelta }[]) => [
	{ name: f.ctx.previousFyLabel ?? '', color: SERIES_COLORS.previous, values: rows.map((r) => r.delta.previous.ratio) },
	{ name: f.ctx.fyLabel, color: SERIES_COLORS.current, values: rows.map((r) => r.delta.current.ratio) }
];

/** This year against last by classification (要検討事項, 参考事項, …): on the first page, under the figures. */
function groupsChart(f: BoardFacts, s: BoardStrings): Block[] {
	const { ctx } = f;
	const comparison = ctx.comparison;
	if (!comparison || !ctx.previousFyLabel) return [];
	const groups = ctx.groups.map((g) => ({ label: SCORE_GROUP_NAMES[g][ctx.lang], delta: comparison.overall[g] }));
	return [
		{
			kind: 'barChart',
			title: s.groupsChart(ctx.previousFyLabel, ctx.fyLabel),
			categories: groups.map((x) => x.label),
			series: yearSeries(f, groups),
			caption: s.chartCaption(comparison.overall.overall.current.total)
		}
	];
}

/** The sections that rose and fell most, in a sentence each (the chart shows them all). */
function movedSentences(f: BoardFacts, s: BoardStrings, moved: { label: string; delta: ScoreDelta }[]): Block[] {
	const named = (list: typeof moved) =>
		list
			.slice(0, MOVED_NAMED)
			.map((x) => {
				const delta = formatDeltaPoints(x.delta.current.ratio, x.delta.previous.ratio, f.ctx.lang);
				return f.ctx.lang === 'ja' ? `${x.label}（${delta}）` : `${x.label} (${delta})`;
			})
			.join(f.ctx.lang === 'ja' ? '、' : ', ');
	const up = moved.filter((x) => (x.delta.ratio ?? 0) > 0).reverse();
	const down = moved.filter((x) => (x.delta.ratio ?? 0) < 0);
	if (!up.length && !down.length) return [{ kind: 'paragraph', text: s.noMoves }];
	return [
		...(up.length ? [{ kind: 'paragraph' as const, text: s.rose(named(up), up.length) }] : []),
		...(down.length ? [{ kind: 'paragraph' as const, text: s.fell(named(down), down.length) }] : [])
	];
}

function selfCheck(f: BoardFacts, s: BoardStrings): Section {
	const { ctx } = f;
	const comparison = ctx.comparison;
	const prev = ctx.previousFyLabel;
	if (!comparison || !prev)
		return { id: 'selfcheck', title: s.section.selfcheck, blocks: [{ kind: 'callout', tone: 'info', text: s.noPreviousCallout }] };
	const cur = ctx.fyLabel;
	const sections = ctx.topSections.flatMap((top) => {
		const cmp = comparison.sections.find((c) => c.sectionId === top.key);
		return cmp ? [{ label: `${top.sectionId}　${top.title}`, delta: cmp.overall }] : [];
	});
	const series = (rows: { delta: ScoreDelta }[]) => yearSeries(f, rows);
	const moved = sections
		.filter((x) => x.delta.ratio !== null && x.delta.ratio !== 0)
		.sort((a, b) => (a.delta.ratio ?? 0) - (b.delta.ratio ?? 0));
	return {
		id: 'selfcheck',
		title: s.section.selfcheck,
		blocks: [
			{
				kind: 'barChart',
				title: s.sectionsChart(prev, cur),
				categories: sections.map((x) => x.label),
				series: series(sections),
				caption: s.chartCaption(comparison.overall.overall.current.total)
			},
			...movedSentences(f, s, moved),
			{ kind: 'heading', level: 2, text: s.closedTitle(f.gapsClosed.length), keepWithNext: true },
			...gapTable(f, s, f.gapsClosed, s.noGapsClosed),
			{ kind: 'heading', level: 2, text: s.openedTitle(f.gapsOpened.length), keepWithNext: true },
			...gapTable(f, s, f.gapsOpened, s.noGapsOpened)
		]
	};
}

function risks(f: BoardFacts, s: BoardStrings): Section {
	const lang = f.ctx.lang;
	const day = (d: string | null) => (d ? formatDate(d, lang) : s.noDate);
	return {
		id: 'risks',
		title: s.section.risks,
		blocks: [
			{ kind: 'heading', level: 2, text: s.acceptedTitle, keepWithNext: true },
			...limited(s, 'risk', {
				kind: 'table',
				header: s.acceptedHeader,
				widths: [50, '*', 80, 80, 80],
				dense: true,
				emptyText: s.noAccepted,
				rows: f.newlyAccepted.map((d) => [
					d.risk.ref,
					d.risk.title,
					d.acceptance.approval?.signerName ?? '',
					day(d.acceptance.approval?.signedAt ?? null),
					day(validThrough(d.acceptance.expiresAt))
				])
			}),
			{ kind: 'heading', level: 2, text: s.expiryTitle(EXPIRY_WINDOW_DAYS), keepWithNext: true },
			...limited(s, 'risk', {
				kind: 'table',
				header: s.expiryHeader,
				widths: [50, '*', 80, 90],
				dense: true,
				emptyText: s.noExpiry,
				rows: [...f.expired, ...f.expiring].map((d) => [
					d.risk.ref,
					d.risk.title,
					day(validThrough(d.acceptance.expiresAt)),
					d.days < 0 ? { text: s.expiredIn(-d.days), tone: 'danger', bold: true } : { text: s.expiresIn(d.days), tone: 'warning' }
				])
			}),
			{ kind: 'heading', level: 2, text: s.riskActionsTitle, keepWithNext: true },
			...limited(s, 'risk', {
				kind: 'table',
				header: s.riskActionsHeader,
				widths: [50, '*', '*', 70, 70],
				dense: true,
				emptyText: s.noRiskActions,
				rows: f.overdueRiskActions.map((a) => [a.risk.ref, a.risk.title, a.title, a.owner, { text: day(a.dueDate), tone: 'danger' }])
			})
		]
	};
}

function assurance(f: BoardFacts, s: BoardStrings): Section {
	const lang = f.ctx.lang;
	const day = (d: string | null) => (d ? formatDate(d, lang) : s.noDate);
	const bySeverity = [...f.openFindings].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
	const overdue = new Set(f.overdueFindings.map((x) => x.id));
	return {
		id: 'assurance',
		title: s.section.assurance,
		blocks: [
			{ kind: 'heading', level: 2, text: s.findingsTitle, keepWithNext: true },
			...limited(s, 'findings', {
				kind: 'table',
				header: s.findingsHeader,
				widths: ['*', 50, 90, 100],
				dense: true,
				emptyText: s.noFindings,
				rows: bySeverity.map((x) => [
					x.title,
					{ text: SEVERITY_LABELS[lang][x.severity], tone: SEVERITY_TONES[x.severity], bold: true },
					FINDING_LABELS[lang][x.status],
					overdue.has(x.id) ? { text: `${day(x.dueDate)}${s.overdueMark}`, tone: 'danger' } : day(x.dueDate)
				])
			}),
			{ kind: 'heading', level: 2, text: s.improvementsTitle, keepWithNext: true },
			...limited(s, 'plans', {
				kind: 'table',
				header: s.improvementsHeader,
				widths: ['*', 80, 80],
				dense: true,
				emptyText: s.noImprovements,
				rows: f.overdueImprovements.map((a) => [a.finding, a.owner, { text: day(a.dueDate), tone: 'danger' }])
			}),
			{ kind: 'heading', level: 2, text: s.plansTitle, keepWithNext: true },
			...limited(s, 'plans', {
				kind: 'table',
				header: s.plansHeader,
				widths: ['*', 50, 90],
				dense: true,
				emptyText: s.noPlans,
				rows: f.plansApproved.map((v) => [
					`${PLAN_KIND_NAMES[v.kind][lang]}：${v.title}`,
					{ text: String(v.number), align: 'right' },
					day(v.signedAt)
				])
			}),
			{ kind: 'heading', level: 2, text: s.exercisesTitle, keepWithNext: true },
			...limited(s, 'plans', {
				kind: 'table',
				header: s.exercisesHeader,
				widths: ['*', 90, 90],
				dense: true,
				emptyText: s.noExercises,
				rows: f.exercisesHeld.map((e) => [e.title, EXERCISE_KIND_NAMES[e.kind][lang], day(e.heldOn)])
			})
		]
	};
}

export function buildBoardReport(snap: BoardSnapshot, options: BuildOptions): ReportModel {
	const lang = options.language;
	const s = BOARD_STRINGS[lang];
	const f = boardFacts(snap, lang);
	const org = snap.selfcheck.organisation;
	const fy = snap.selfcheck.assessment.fiscalYear;
	return {
		meta: {
			reportId: options.reportId,
			type: 'board',
			title: s.title,
			organisationName: organisationNameIn(snap.selfcheck, lang),
			sectorName: sectorByCode(org.sector).name[lang],
			fiscalYearLabel: fiscalYearLabel(fy, lang),
			fiscalYearPeriod: fiscalYearPeriod(fy, org.fyStartMonth, lang),
			status: 'draft',
			language: lang,
			generatedAt: snap.generatedAt,
			snapshotSha256: options.snapshotSha256,
			statusNotice: s.notice
		},
		layout: 'brief',
		sections: [overview(f, s), selfCheck(f, s), { ...risks(f, s), newPage: false }, { ...assurance(f, s), newPage: false }]
	};
}
