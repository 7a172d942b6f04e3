// @ts-check
/**
 * pdfmake table layouts of the report engine. They are functions, so they
 * cannot travel in the (structured-cloned) document definition; pdf-engine.js
 * registers them with pdfmake in whatever thread renders. Plain JavaScript so
 * that the worker thread can load it without a TypeScript loader.
 */

/**
 * @typedef {{ table: { body: unknown[][], headerRows?: number, widths: unknown[] } }} LayoutNode
 * @typedef {(i: number, node: LayoutNode, columnIndex?: number) => number} NumberFn
 * @typedef {(i: number, node: LayoutNode, columnIndex?: number) => string | null} ColorFn
 * @typedef {{ hLineWidth?: NumberFn, vLineWidth?: NumberFn, hLineColor?: ColorFn | string, vLineColor?: ColorFn | string,
 *   paddingLeft?: NumberFn, paddingRight?: NumberFn, paddingTop?: NumberFn, paddingBottom?: NumberFn, fillColor?: ColorFn }} TableLayout
 */

const RULE = '#c9d1db';
const RULE_LIGHT = '#e3e8ee';
const ZEBRA = '#f6f8fa';
const NAVY = '#1f3a5f';
const NAVY_LIGHT = '#e8eef6';

/** @param {LayoutNode} node */
const lastColumn = (node) => node.table.widths.length - 1;

/** @type {Record<string, TableLayout>} */
export const TABLE_LAYOUTS = {
	/** Data tables: navy header row (cell fill), light row rules, zebra rows. */
	mamoriGrid: {
		hLineWidth: (i, node) => (i === 0 ? 0 : i === node.table.body.length ? 0.8 : i <= (node.table.headerRows ?? 0) ? 0 : 0.4),
		vLineWidth: () => 0,
		hLineColor: (i, node) => (i === node.table.body.length ? RULE : RULE_LIGHT),
		paddingLeft: () => 5,
		paddingRight: () => 5,
		paddingTop: () => 3,
		paddingBottom: () => 3,
		fillColor: (row, node) => (row >= (node.table.headerRows ?? 0) && (row - (node.table.headerRows ?? 0)) % 2 === 1 ? ZEBRA : null)
	},
	/** Key–value lists: a hairline under every row. */
	mamoriRows: {
		hLineWidth: (i) => (i === 0 ? 0 : 0.5),
		vLineWidth: () => 0,
		hLineColor: () => RULE_LIGHT,
		paddingLeft: (i) => (i === 0 ? 0 : 8),
		paddingRight: () => 4,
		paddingTop: () => 4,
		paddingBottom: () => 4
	},
	/** Code blocks: no rules, comfortable padding. */
	mamoriPlain: {
		hLineWidth: () => 0,
		vLineWidth: () => 0,
		paddingLeft: () => 6,
		paddingRight: () => 6,
		paddingTop: () => 4,
		paddingBottom: () => 4
	},
	/** Callouts and quotes: a coloured bar (column 0) beside a tinted box. */
	mamoriCallout: {
		hLineWidth: () => 0,
		vLineWidth: () => 0,
		paddingLeft: (i) => (i === 0 ? 0 : 9),
		paddingRight: (i) => (i === 0 ? 0 : 9),
		paddingTop: () => 6,
		paddingBottom: () => 6
	},
	/** Bar charts: a rule under the scale row and between categories. */
	mamoriChart: {
		hLineWidth: (i, node) => {
			if (i === 0) return 0;
			if (i === 1 || i === node.table.body.length) return 0.6;
			const first = node.table.body[i]?.[0];
			return typeof first === 'object' && first !== null && 'rowSpan' in first ? 0.3 : 0;
		},
		vLineWidth: () => 0,
		hLineColor: (i, node) => (i === 1 || i === node.table.body.length ? RULE : RULE_LIGHT),
		paddingLeft: (i) => (i === 0 ? 0 : 4),
		paddingRight: (i, node) => (i === lastColumn(node) ? 0 : 4),
		paddingTop: () => 2.5,
		paddingBottom: () => 2.5
	},
	/** The signature box: a framed key–value table with tinted keys. */
	mamoriBox: {
		hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 1 : 0.4),
		vLineWidth: (i, node) => (i === 0 || i === node.table.widths.length ? 1 : 0),
		hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? NAVY : RULE_LIGHT),
		vLineColor: () => NAVY,
		paddingLeft: () => 9,
		paddingRight: () => 9,
		paddingTop: () => 6,
		paddingBottom: () => 6,
		fillColor: (_row, _node, column) => (column === 0 ? NAVY_LIGHT : null)
	}
};
