/** The self-check report's summary, coverage and year-over-year sections. Pure. */
import { operatorClassLabel, sectorByCode } from '../../sectors';
import { ANSWER_STATUSES } from '../../selfcheck/answers';
import { GROUP_COLORS, groupOf, SCORE_GROUPS, type ScoreGroupName } from '../../selfcheck/groups';
import type { Score, ScoreDelta } from '../../selfcheck/scoring';
import { fiscalYearPeriod, formatDeltaPoints, formatPercent } from '../format';
import type { Block, Cell, Section, Tone } from '../model';
import { formatPoints, SERIES_COLORS, STATUS_TONES, type ReportContext } from './context';
import { organisationNameIn } from './snapshot';

type Group = ScoreGroupName | 'overall';

/** The groups present in this self-check, then overall. */
const rowsOf = (ctx: ReportContext): Group[] => [...ctx.groups, 'overall'];

/** "要検討事項 120・参考事項 26（採用 20）" for one checklist's items. */
function breakdown(ctx: ReportContext, checklistId: string): { count: number; text: string } {
	const items = ctx.snap.items.filter((i) => i.checklistId === checklistId);
	const parts = SCORE_GROUPS.map((group) => {
		const inGroup = items.filter((i) => groupOf(i) === group);
		const adopted =
			group === 'reference' && ctx.snap.assessment.referenceAdoption === 'per_item'
				? inGroup.filter((i) => i.adoption?.adopted).length
				: undefined;
		return { group: group === 'reference' ? ctx.classLabel('reference') : ctx.s.group[group], count: inGroup.length, adopted };
	}).filter((p) => p.count > 0);
	return { count: items.length, text: ctx.s.checklistBreakdown(parts) };
}

const deltaTone = (d: number | null): Tone | undefined => (d === null || Math.abs(d) < 0.0005 ? undefined : d > 0 ? 'success' : 'danger');

function deltaCell(ctx: ReportContext, delta: ScoreDelta | undefined): Cell {
	if (!delta) return { text: '—', align: 'right' };
	const text = formatDeltaPoints(delta.current.ratio, delta.previous.ratio, ctx.lang);
	const tone = deltaTone(delta.ratio);
	return { text: tone ? [{ text, tone, bold: true }] : text, align: 'right' };
}

function scoreRow(ctx: ReportContext, group: Group, score: Score): Cell[] {
	return [
		{ text: ctx.s.group[group], bold: group === 'overall' },
		{ text: formatPercent(score.ratio), align: 'right', bold: true },
		{ text: `${formatPoints(score.points)} / ${score.possible}`, align: 'right' },
		{ text: `${score.answered} / ${score.total}`, align: 'right' },
		deltaCell(ctx, ctx.comparison?.overall[group])
	];
}

/** Answered out of all items; answers carried over and not confirmed are counted apart. */
function progressText(ctx: ReportContext): string {
	const { answered, unconfirmed, total, ratio } = ctx.progress;
	return unconfirmed > 0
		? ctx.s.progressTextUnconfirmed(answered - unconfirmed, unconfirmed, total, formatPercent(ratio))
		: ctx.s.progressText(answered, total, formatPercent(ratio));
}

export function summarySection(ctx: ReportContext): Section {
	const { snap, s, lang } = ctx;
	const sector = sectorByCode(snap.organisation.sector);
	const statusName = s.assessmentStatus[snap.assessment.status];
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			variant: 'lead',
			text: s.lead(ctx.fyLabel, snap.assessment.revision, s.assessmentStatusInSentence[snap.assessment.status])
		},
		{
			kind: 'keyValue',
			rows: [
				{ key: ctx.e.organisation, value: organisationNameIn(snap, ctx.lang) },
				{ key: ctx.e.sector, value: sector.name[lang] },
				{ key: s.profile.operatorClass, value: operatorClassLabel(snap.organisation.operatorClass, snap.organisation.sector)[lang] },
				{ key: ctx.e.fiscalYear, value: ctx.fyLabel },
				{ key: ctx.e.period, value: fiscalYearPeriod(snap.assessment.fiscalYear, snap.organisation.fyStartMonth, lang) },
				{ key: s.profile.status, value: statusName, tone: snap.assessment.status === 'signed' ? 'success' : 'warning' },
				{ key: s.profile.revision, value: String(snap.assessment.revision) },
				{ key: s.profile.previous, value: ctx.previousFyLabel ?? ctx.e.none }
			]
		},
		{
			kind: 'table',
			header: [...s.checklistHeader],
			widths: ['*', 52, 40, 150],
			align: ['left', 'left', 'right', 'left'],
			rows: snap.assessment.checklists.map((c) => {
				const b = breakdown(ctx, c.id);
				return [ctx.t(c.title), c.version, { text: String(b.count), align: 'right' }, { text: [{ text: b.text, small: true }] }];
			})
		},
		{ kind: 'heading', level: 2, text: s.scoresTitle },
		{
			kind: 'table',
			header: [...s.scoreHeader],
			widths: ['*', 62, 78, 88, 78],
			align: ['left', 'right', 'right', 'right', 'right'],
			rows: rowsOf(ctx).map((g) => scoreRow(ctx, g, ctx.score[g]))
		},
		{ kind: 'paragraph', variant: 'muted', text: s.scoringNote },
		{ kind: 'heading', level: 2, text: s.progressTitle },
		{ kind: 'paragraph', text: progressText(ctx) }
	];
	const { answered, unconfirmed, total } = ctx.progress;
	if (total - answered > 0) blocks.push({ kind: 'callout', tone: 'warning', text: s.unansweredWarning(total - answered) });
	if (unconfirmed > 0) blocks.push({ kind: 'callout', tone: 'warning', text: s.unconfirmedWarning(unconfirmed) });
	if (total - answered === 0 && unconfirmed === 0) blocks.push({ kind: 'callout', tone: 'success', text: s.allAnswered });
	return { id: 'summary', title: s.section.summary, blocks };
}

function distributionTable(ctx: ReportContext): Block {
	const count = (status: string, group?: ScoreGroupName): number =>
		ctx.counted.filter((i) => i.answer.status === status && (group === undefined || groupOf(i) === group)).length;
	const rows: Cell[][] = ANSWER_STATUSES.map((status) => [
		{ text: ctx.statusLabel(status), tone: STATUS_TONES[status], bold: true },
		...ctx.groups.map((g): Cell => ({ text: String(count(status, g)), align: 'right' })),
		{ text: String(count(status)), align: 'right', bold: true }
	]);
	rows.push([
		{ text: ctx.s.total, bold: true },
		...ctx.groups.map((g): Cell => ({ text: String(ctx.score[g].total), align: 'right', bold: true })),
		{ text: String(ctx.score.overall.total), align: 'right', bold: true }
	]);
	return {
		kind: 'table',
		header: [ctx.s.distributionAnswer, ...ctx.groups.map((g) => ctx.s.group[g]), ctx.s.total],
		widths: ['*', ...ctx.groups.map(() => 64), 56],
		align: ['left', ...ctx.groups.map(() => 'right' as const), 'right'],
		rows
	};
}

/** One chart per checklist, with the groups its items have (a sector supplement has sector items only). */
function coverageCharts(ctx: ReportContext): Block[] {
	const { s } = ctx;
	return ctx.snap.assessment.checklists.flatMap((checklist): Block[] => {
		const tops = ctx.topSections.filter((t) => t.checklistId === checklist.id);
		const groups = ctx.groups.filter((g) => ctx.counted.some((i) => i.checklistId === checklist.id && groupOf(i) === g));
		if (tops.length === 0 || groups.length === 0) return [];
		return [
			{
				kind: 'barChart',
				title: `${s.coverageChartTitle}：${ctx.t(checklist.title)}`,
				categories: tops.map((t) => `${t.sectionId}　${t.title}`),
				series: groups.map((group) => ({
					name: s.group[group],
					color: GROUP_COLORS[group],
					values: tops.map((t) => ctx.score.bySection[t.key]?.[group].ratio ?? null)
				})),
				caption: s.coverageCaption
			}
		];
	});
}

export function coverageSection(ctx: ReportContext): Section {
	const { s } = ctx;
	const bySection = ctx.topSections.map((top) => ctx.score.bySection[top.key]);
	const label = (i: number): string => `${ctx.topSections[i].sectionId}　${ctx.topSections[i].title}`;
	return {
		id: 'coverage',
		title: s.section.coverage,
		blocks: [
			{ kind: 'paragraph', text: s.coverageIntro },
			...coverageCharts(ctx),
			{ kind: 'heading', level: 2, text: s.sectionScoresTitle },
			{
				kind: 'table',
				header: [s.sectionScoresSection, ...ctx.groups.map((g) => s.group[g]), s.group.overall, s.sectionScoresAnswered],
				widths: ['*', ...ctx.groups.map(() => 56), 52, 56],
				align: ['left', ...ctx.groups.map(() => 'right' as const), 'right', 'right'],
				rows: bySection.map((g, i) => [
					label(i),
					...ctx.groups.map((group): Cell => ({ text: formatPercent(g?.[group].ratio ?? null), align: 'right' })),
					{ text: formatPercent(g?.overall.ratio ?? null), align: 'right', bold: true },
					{ text: g ? `${g.overall.answered} / ${g.overall.total}` : '—', align: 'right' }
				])
			},
			{ kind: 'heading', level: 2, text: s.distributionTitle },
			distributionTable(ctx)
		]
	};
}

export function yearOverYearSection(ctx: ReportContext): Section {
	const { s, comparison } = ctx;
	const title = s.section.yearOverYear;
	if (!comparison || !ctx.previousFyLabel) {
		return { id: 'year-over-year', title, blocks: [{ kind: 'callout', tone: 'info', text: s.noPrevious }] };
	}
	const prev = ctx.previousFyLabel;
	const cur = ctx.fyLabel;
	const sections = ctx.topSections
		.map((top) => ({ top, cmp: comparison.sections.find((c) => c.sectionId === top.key) }))
		.filter((x) => x.cmp !== undefined);
	const groups = rowsOf(ctx);
	const categories = [...groups.map((g) => s.group[g]), ...sections.map((x) => `${x.top.sectionId}　${x.top.title}`)];
	const deltas: ScoreDelta[] = [...groups.map((g) => comparison.overall[g]), ...sections.map((x) => x.cmp?.overall as ScoreDelta)];
	const matched = comparison.overall.overall.current.total;
	const blocks: Block[] = [
		{
			kind: 'barChart',
			title: s.yoyChartTitle(prev, cur),
			categories,
			series: [
				{ name: prev, color: SERIES_COLORS.previous, values: deltas.map((d) => d.previous.ratio) },
				{ name: cur, color: SERIES_COLORS.current, values: deltas.map((d) => d.current.ratio) }
			],
			caption: s.yoyCaption(matched)
		},
		{
			kind: 'table',
			header: s.yoyTableHeader(prev, cur),
			widths: ['*', 70, 70, 80],
			align: ['left', 'right', 'right', 'right'],
			rows: categories.map((category, i) => [
				{ text: category, bold: i < groups.length },
				{ text: formatPercent(deltas[i].previous.ratio), align: 'right' },
				{ text: formatPercent(deltas[i].current.ratio), align: 'right', bold: true },
				deltaCell(ctx, deltas[i])
			])
		}
	];
	const notes = [
		comparison.onlyInCurrent.length > 0 ? s.onlyInCurrent(comparison.onlyInCurrent.length) : null,
		comparison.onlyInPrevious.length > 0 ? s.onlyInPrevious(comparison.onlyInPrevious.length) : null
	].filter((n): n is string => n !== null);
	if (notes.length > 0) blocks.push({ kind: 'paragraph', variant: 'muted', text: notes.join('　／　') });
	const titles = new Map(ctx.snap.items.map((i) => [`${i.checklistId}/${i.itemId}`, ctx.t(i.title)]));
	blocks.push(
		{ kind: 'heading', level: 2, text: s.changesTitle },
		{
			kind: 'table',
			header: s.changesHeader(prev, cur),
			widths: [58, '*', 78, 78],
			dense: true,
			emptyText: s.noChanges,
			rows: comparison.changed.map((c) => [
				c.itemId,
				titles.get(`${c.checklistId}/${c.itemId}`) ?? '',
				{ text: ctx.statusLabel(c.previous), tone: STATUS_TONES[c.previous] },
				{ text: ctx.statusLabel(c.current), tone: STATUS_TONES[c.current], bold: true }
			])
		}
	);
	return { id: 'year-over-year', title, blocks };
}
