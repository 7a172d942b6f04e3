/** Summary, risk criteria and heat-map sections of the risk report. Pure. */
import { needsDecision } from '../../risks/acceptance';
import { say, textOn, type CriteriaContent } from '../../risks/criteria';
import { heatMap } from '../../risks/register';
import { STAGES } from '../../risks/versions';
import { fiscalYearLabel, formatDate, formatDateTime } from '../format';
import type { Block, HeatMapBlock, Section } from '../model';
import { overdueActions, type RiskContext } from './context';

export function summarySection(ctx: RiskContext): Section {
	const { s, rows, current } = ctx;
	const open = rows.filter((r) => r.status === 'open');
	const blocks: Block[] = [
		{ kind: 'paragraph', variant: 'lead', text: s.lead(ctx.fyLabel, formatDate(ctx.snap.generatedAt.slice(0, 10), ctx.lang)) },
		{ kind: 'callout', tone: 'info', text: s.draftNote },
		{
			kind: 'keyValue',
			keyWidth: 190,
			rows: [
				{ key: s.summaryRows.open, value: String(open.length) },
				{ key: s.summaryRows.closed, value: String(rows.length - open.length) },
				{
					key: s.summaryRows.aboveTolerance,
					value: String(open.filter((r) => r.treatmentRequired).length),
					tone: open.some((r) => r.treatmentRequired) ? 'warning' : undefined
				},
				{
					key: s.summaryRows.decision,
					value: String(open.filter((r) => needsDecision(r.decision)).length),
					tone: open.some((r) => needsDecision(r.decision)) ? 'danger' : undefined
				},
				{ key: s.summaryRows.accepted, value: String(ctx.snap.acceptances.filter((a) => a.status === 'signed').length) },
				{ key: s.summaryRows.overdue, value: String(overdueActions(ctx).length), tone: overdueActions(ctx).length ? 'danger' : undefined },
				{ key: s.summaryRows.stale, value: String(open.filter((r) => r.levels.stale).length) },
				{
					key: s.summaryRows.selfcheck,
					value: ctx.snap.selfcheckFiscalYear ? fiscalYearLabel(ctx.snap.selfcheckFiscalYear, ctx.lang) : s.none
				}
			]
		}
	];
	if (current) {
		const content = current.content;
		blocks.push({ kind: 'heading', level: 2, text: s.levelsTitle });
		blocks.push({
			kind: 'table',
			header: s.levelsHeader,
			widths: ['*', 60, '*'],
			align: ['left', 'right', 'left'],
			rows: [...content.bands.keys()]
				.reverse()
				.map((k) => [
					{ text: ctx.t(content.bands[k].label), fill: content.bands[k].color, textColor: textOn(content.bands[k].color), bold: true },
					String(open.filter((r) => r.levels.version?.id === current.id && r.levels.current === k).length),
					k > content.tolerance ? s.aboveTolerance : s.withinTolerance
				])
		});
	}
	return { id: 'summary', title: s.section.summary, blocks };
}

/** The level grid of a criteria version as a heat map; `text` fills each cell. */
function grid(
	ctx: RiskContext,
	content: CriteriaContent,
	title: string,
	caption: string,
	text: (l: number, i: number, band: number) => string
): HeatMapBlock {
	const rows = [...content.impact.keys()].reverse();
	return {
		kind: 'heatMap',
		title,
		xAxis: ctx.s.likelihood,
		yAxis: ctx.s.impact,
		columns: content.likelihood.map((l, k) => `${k + 1} ${ctx.t(l.label)}`),
		rows: rows.map((i) => `${i + 1} ${ctx.t(content.impact[i].label)}`),
		cells: rows.map((i) =>
			content.likelihood.map((_, l) => {
				const band = content.grid[i][l];
				return {
					fill: content.bands[band].color,
					textColor: textOn(content.bands[band].color),
					text: text(l + 1, i + 1, band),
					framed: band > content.tolerance
				};
			})
		),
		legend: content.bands.map((b) => ({ label: ctx.t(b.label), fill: b.color })),
		caption
	};
}

export function criteriaSection(ctx: RiskContext): Section {
	const { s, current } = ctx;
	if (!current) return { id: 'criteria', title: s.section.criteria, blocks: [{ kind: 'callout', tone: 'warning', text: s.noCriteria }] };
	const c = current.content;
	const approval = ctx.snap.criteria.find((x) => x.id === current.id);
	const blocks: Block[] = [
		{
			kind: 'keyValue',
			keyWidth: 150,
			rows: [
				{ key: s.criteriaRows.version, value: String(current.version) },
				{ key: s.criteriaRows.approvedBy, value: approval?.approvedBy ?? '—' },
				{ key: s.criteriaRows.approvedAt, value: approval ? formatDateTime(approval.approvedAt, ctx.lang) : '—' },
				{ key: s.criteriaRows.hash, value: [{ text: approval?.contentSha256 ?? '—', small: true }] },
				{ key: s.criteriaRows.tolerance, value: ctx.t(c.bands[c.tolerance].label) }
			]
		},
		grid(ctx, c, s.matrixTitle, s.matrixCaption, (_l, _i, band) => ctx.t(c.bands[band].label)),
		{ kind: 'heading', level: 3, text: s.likelihood, keepWithNext: true },
		{
			kind: 'table',
			header: s.likelihoodHeader,
			widths: [34, 100, '*'],
			dense: true,
			rows: c.likelihood.map((l, k) => [String(k + 1), ctx.t(l.label), ctx.t(l.description)])
		},
		{ kind: 'heading', level: 3, text: s.impact, keepWithNext: true },
		{
			kind: 'table',
			header: s.impactHeader,
			widths: [34, 70, '*', '*', '*'],
			dense: true,
			rows: c.impact.map((l, k) => [
				`${k + 1}`,
				`${ctx.t(l.label)}\n${s.severity(l.severity)}`,
				ctx.t(l.continuity),
				ctx.t(l.safety),
				ctx.t(l.trust)
			])
		},
		{ kind: 'heading', level: 3, text: s.bandsHeader[0], keepWithNext: true },
		{
			kind: 'table',
			header: s.bandsHeader,
			widths: ['*', '*', '*'],
			rows: c.bands.map((b, k) => [
				{ text: say(b.label, ctx.lang), fill: b.color, textColor: textOn(b.color), bold: true },
				k > c.tolerance ? s.aboveTolerance : s.withinTolerance,
				s.reviewEvery(b.reviewMonths)
			])
		}
	];
	return { id: 'criteria', title: s.section.criteria, blocks };
}

export function heatMapSection(ctx: RiskContext): Section {
	const { s, current } = ctx;
	if (!current) return { id: 'heatmaps', title: s.section.heatMaps, blocks: [{ kind: 'paragraph', text: s.noCriteria }] };
	const blocks: Block[] = STAGES.flatMap((stage) => {
		const map = heatMap(ctx.rows, ctx.versions, stage);
		if (!map) return [];
		const outside = map.otherVersion.length + map.unrated.length;
		return [
			grid(ctx, current.content, s.stages[stage], s.heatMapCaption(current.version, outside), (l, i) => {
				const n = map.cells[i - 1][l - 1].length;
				return n ? String(n) : '';
			})
		];
	});
	return { id: 'heatmaps', title: s.section.heatMaps, blocks };
}
