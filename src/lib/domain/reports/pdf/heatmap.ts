/**
 * Heat map as vector graphics: a grid of filled cells (pdfmake canvas
 * rectangles, framed where marked) with the cell text centred on top, row
 * labels on the left, column labels underneath, axis names and a legend.
 * Rows are given top to bottom.
 */
import type { HeatMapBlock } from '../model';
import { COLORS, CONTENT_WIDTH } from './theme';
import type { PdfContent, PdfTableCell } from './types';

const ROW_LABEL_WIDTH = 96;
const CELL_HEIGHT = 24;
const GAP = 2;

function cellWidth(columns: number): number {
	return Math.floor(Math.min(64, (CONTENT_WIDTH - ROW_LABEL_WIDTH - 12) / columns - GAP));
}

function cell(c: HeatMapBlock['cells'][number][number], width: number): PdfTableCell {
	return {
		stack: [
			{
				canvas: [
					{ type: 'rect', x: 0, y: 0, w: width, h: CELL_HEIGHT, r: 2, color: c.fill },
					...(c.framed
						? [
								{
									type: 'rect' as const,
									x: 0.75,
									y: 0.75,
									w: width - 1.5,
									h: CELL_HEIGHT - 1.5,
									r: 2,
									lineColor: COLORS.ink,
									lineWidth: 1.5
								}
							]
						: [])
				]
			},
			{
				text: c.text,
				color: c.textColor,
				bold: !!c.framed,
				fontSize: c.text.length > 6 ? 6 : 8,
				alignment: 'center',
				margin: [0, -(CELL_HEIGHT / 2 + (c.text.length > 6 ? 4 : 5)), 0, 0],
				noWrap: true
			}
		],
		margin: [0, GAP, 0, GAP]
	};
}

export function heatMapChart(block: HeatMapBlock): PdfContent[] {
	const width = cellWidth(block.columns.length);
	const body: PdfTableCell[][] = block.rows.map((label, r) => [
		{ text: label, style: 'chartSeries', alignment: 'right', margin: [0, 6, 4, 0] },
		...block.cells[r].map((c) => cell(c, width))
	]);
	body.push([
		{ text: `${block.yAxis} ↑ / ${block.xAxis} →`, style: 'chartSeries', alignment: 'right' },
		...block.columns.map((c) => ({ text: c, style: 'chartSeries', alignment: 'center' as const }))
	]);
	const out: PdfContent[] = [
		{ text: block.title, style: 'chartTitle' },
		{ table: { widths: [ROW_LABEL_WIDTH, ...block.columns.map(() => width)], body, dontBreakRows: true }, layout: 'noBorders' }
	];
	if (block.legend?.length) {
		out.push({
			columns: block.legend.map((l) => ({
				width: 'auto',
				columns: [
					{ width: 9, canvas: [{ type: 'rect', x: 0, y: 1.5, w: 9, h: 9, color: l.fill, lineColor: COLORS.rule, lineWidth: 0.4 }] },
					{ width: 'auto', text: l.label, style: 'chartLabel' }
				],
				columnGap: 4
			})),
			columnGap: 12,
			margin: [ROW_LABEL_WIDTH + 4, 4, 0, 0]
		});
	}
	if (block.caption) out.push({ text: block.caption, style: 'caption' });
	return [{ stack: out, unbreakable: true, margin: [0, 0, 0, 10] }];
}
