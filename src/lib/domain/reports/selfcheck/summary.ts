/** The self-check report's summary, coverage and year-over-year sections. Pure. */
import { OPERATOR_CLASS_NAMES, sectorByCode } from '../../sectors';
import { ANSWER_STATUSES } from '../../selfcheck/answers';
import type { Score, ScoreDelta } from '../../selfcheck/scoring';
import { fiscalYearPeriod, formatDeltaPoints, formatPercent } from '../format';
import type { Block, Cell, Section, Tone } from '../model';
import { formatPoints, SERIES_COLORS, STATUS_TONES, type ReportContext } from './context';
import { organisationNameIn } from './snapshot';

type Group = 'consider' | 'reference' | 'overall';
const GROUPS: Group[] = ['consider', 'reference', 'overall'];

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
				{ key: s.profile.operatorClass, value: OPERATOR_CLASS_NAMES[snap.organisation.operatorClass][lang] },
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
			widths: ['*', 70, 70, 70],
			align: ['left', 'left', 'right', 'right'],
			rows: snap.assessment.checklists.map((c) => {
				const items = snap.items.filter((i) => i.checklistId === c.id);
				const consider = items.filter((i) => i.classification === 'consider').length;
				return [
					ctx.t(c.title),
					c.version,
					{ text: String(consider), align: 'right' },
					{ text: String(items.length - consider), align: 'right' }
				];
			})
		},
		{ kind: 'heading', level: 2, text: s.scoresTitle },
		{
			kind: 'table',
			header: [...s.scoreHeader],
			widths: ['*', 62, 78, 88, 78],
			align: ['left', 'right', 'right', 'right', 'right'],
			rows: GROUPS.map((g) => scoreRow(ctx, g, ctx.score[g]))
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
	const count = (status: string, classification?: string): number =>
		ctx.snap.items.filter((i) => i.answer.status === status && (classification === undefined || i.classification === classification))
			.length;
	const rows: Cell[][] = ANSWER_STATUSES.map((status) => [
		{ text: ctx.statusLabel(status), tone: STATUS_TONES[status], bold: true },
		{ text: String(count(status, 'consider')), align: 'right' },
		{ text: String(count(status, 'reference')), align: 'right' },
		{ text: String(count(status)), align: 'right', bold: true }
	]);
	rows.push([
		{ text: ctx.s.total, bold: true },
		{ text: String(ctx.score.consider.total), align: 'right', bold: true },
		{ text: String(ctx.score.reference.total), align: 'right', bold: true },
		{ text: String(ctx.score.overall.total), align: 'right', bold: true }
	]);
	return {
		kind: 'table',
		header: [...ctx.s.distributionHeader],
		widths: ['*', 80, 80, 80],
		align: ['left', 'right', 'right', 'right'],
		rows
	};
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
			{
				kind: 'barChart',
				title: s.coverageChartTitle,
				categories: ctx.topSections.map((_, i) => label(i)),
				series: [
					{ name: s.group.consider, color: SERIES_COLORS.consider, values: bySection.map((g) => g?.consider.ratio ?? null) },
					{ name: s.group.reference, color: SERIES_COLORS.reference, values: bySection.map((g) => g?.reference.ratio ?? null) }
				],
				caption: s.coverageCaption
			},
			{ kind: 'heading', level: 2, text: s.sectionScoresTitle },
			{
				kind: 'table',
				header: [...s.sectionScoresHeader],
				widths: ['*', 62, 62, 62, 62],
				align: ['left', 'right', 'right', 'right', 'right'],
				rows: bySection.map((g, i) => [
					label(i),
					{ text: formatPercent(g?.consider.ratio ?? null), align: 'right' },
					{ text: formatPercent(g?.reference.ratio ?? null), align: 'right' },
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
	const categories = [...GROUPS.map((g) => s.group[g]), ...sections.map((x) => `${x.top.sectionId}　${x.top.title}`)];
	const deltas: ScoreDelta[] = [...GROUPS.map((g) => comparison.overall[g]), ...sections.map((x) => x.cmp?.overall as ScoreDelta)];
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
				{ text: category, bold: i < GROUPS.length },
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
