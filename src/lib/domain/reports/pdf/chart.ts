/**
 * Horizontal bar chart as vector graphics: one table row per category ×
 * series, each bar a pdfmake `canvas` (grey track, coloured bar, grid ticks),
 * with the category label, series name and value as text cells beside it.
 * Values are ratios 0..1; null is drawn as an empty track with "—".
 */
import type { BarChartBlock } from '../model';
import { formatPercent } from '../format';
import { COLORS, CONTENT_WIDTH } from './theme';
import type { PdfCanvasShape, PdfContent, PdfTableCell } from './types';

const LABEL_WIDTH = 150;
const SERIES_WIDTH = 58;
const VALUE_WIDTH = 38;
const CELL_PADDING = 4; // mamoriChart layout: 4 pt left and right, none at the outer edges
const BAR_HEIGHT = 7;

function barWidth(withSeriesColumn: boolean): number {
	const columns = withSeriesColumn ? 4 : 3;
	const padding = CELL_PADDING * 2 * columns - CELL_PADDING * 2;
	return Math.floor(CONTENT_WIDTH - LABEL_WIDTH - (withSeriesColumn ? SERIES_WIDTH : 0) - VALUE_WIDTH - padding);
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

function bar(value: number | null, color: string, width: number): PdfContent {
	const shapes: PdfCanvasShape[] = [{ type: 'rect', x: 0, y: 0, w: width, h: BAR_HEIGHT, color: COLORS.ruleLight }];
	if (value !== null && value > 0) {
		shapes.push({ type: 'rect', x: 0, y: 0, w: Math.max(0.8, clamp01(value) * width), h: BAR_HEIGHT, color });
	}
	for (const f of [0.25, 0.5, 0.75]) {
		const x = Math.round(width * f * 100) / 100;
		shapes.push({ type: 'line', x1: x, y1: -1, x2: x, y2: BAR_HEIGHT + 1, lineWidth: 0.4, lineColor: COLORS.white });
	}
	return { canvas: shapes, margin: [0, 2.5, 0, 0] };
}

/** "0%  25%  50%  75%  100%" spread over the bar column. */
function scale(width: number): PdfContent {
	const q = width / 4;
	return {
		columns: [
			{ width: q / 2, text: '0%', alignment: 'left' },
			{ width: q, text: '25%', alignment: 'center' },
			{ width: q, text: '50%', alignment: 'center' },
			{ width: q, text: '75%', alignment: 'center' },
			{ width: q / 2, text: '100%', alignment: 'right' }
		],
		columnGap: 0,
		style: 'chartSeries'
	};
}

function legend(block: BarChartBlock): PdfContent {
	return {
		columns: block.series.map((s) => ({
			width: 'auto',
			columns: [
				{ width: 8, canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, color: s.color }] },
				{ width: 'auto', text: s.name, style: 'chartLabel' }
			],
			columnGap: 4
		})),
		columnGap: 14,
		margin: [0, 6, 0, 0]
	};
}

export function barChart(block: BarChartBlock, notApplicable: string): PdfContent[] {
	const multi = block.series.length > 1;
	const width = barWidth(multi);
	const header: PdfTableCell[] = multi ? ['', '', scale(width), ''] : ['', scale(width), ''];
	const body: PdfTableCell[][] = [header];
	block.categories.forEach((category, c) => {
		block.series.forEach((series, s) => {
			const value = series.values[c] ?? null;
			const row: PdfTableCell[] = [];
			if (s === 0) row.push({ text: category, style: 'chartLabel', rowSpan: block.series.length });
			else row.push('');
			if (multi) row.push({ text: series.name, style: 'chartSeries', noWrap: true });
			row.push(bar(value, series.color, width));
			row.push({ text: formatPercent(value, notApplicable), style: 'chartValue', alignment: 'right' });
			body.push(row);
		});
	});
	const widths = multi ? [LABEL_WIDTH, SERIES_WIDTH, width, VALUE_WIDTH] : [LABEL_WIDTH, width, VALUE_WIDTH];
	const out: PdfContent[] = [
		{ text: block.title, style: 'chartTitle' },
		{ table: { widths, body, headerRows: 1, dontBreakRows: true }, layout: 'mamoriChart' }
	];
	if (multi) out.push(legend(block));
	if (block.caption) out.push({ text: block.caption, style: 'caption' });
	return [{ stack: out, margin: [0, 0, 0, 10] }];
}

export const CHART_GEOMETRY = { LABEL_WIDTH, SERIES_WIDTH, VALUE_WIDTH, CELL_PADDING, barWidth } as const;
