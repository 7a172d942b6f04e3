/**
 * The look of mamori reports: one font family (Noto Sans JP, registered by
 * the server as FONT_FAMILY), colours, named styles and page geometry.
 */
import type { Tone } from '../model';
import type { PdfStyle } from './types';

export const FONT_FAMILY = 'NotoSansJP';

/** A4 portrait in points, with the margins every page uses. */
export const PAGE = {
	width: 595.28,
	height: 841.89,
	marginX: 56,
	marginTop: 64,
	marginBottom: 64
} as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLORS = {
	ink: '#1d2530',
	muted: '#5b6675',
	faint: '#8a94a3',
	navy: '#1f3a5f',
	navyLight: '#e8eef6',
	accent: '#2b6f8f',
	rule: '#c9d1db',
	ruleLight: '#e3e8ee',
	zebra: '#f6f8fa',
	codeBg: '#f2f4f7',
	white: '#ffffff',
	watermark: '#b42318'
} as const;

/** Tones: strong colour (text, bars, rules) and a light fill (cells, callouts). */
export const TONES: Record<Tone, { strong: string; fill: string }> = {
	info: { strong: '#2b6f8f', fill: '#e6f1f6' },
	success: { strong: '#2e7d32', fill: '#e5f2e6' },
	warning: { strong: '#a8660c', fill: '#fbf0da' },
	danger: { strong: '#b42318', fill: '#f9e2df' },
	neutral: { strong: '#5b6675', fill: '#eef1f4' }
};

export const STYLES: Record<string, PdfStyle> = {
	sectionTitle: { fontSize: 16, bold: true, color: COLORS.navy, margin: [0, 0, 0, 4] },
	h2: { fontSize: 12, bold: true, color: COLORS.navy, margin: [0, 14, 0, 6] },
	h3: { fontSize: 10.5, bold: true, color: COLORS.navy, margin: [0, 12, 0, 4] },
	h4: { fontSize: 9.5, bold: true, color: COLORS.ink, margin: [0, 9, 0, 2] },
	body: { margin: [0, 0, 0, 6] },
	lead: { fontSize: 10.5, margin: [0, 0, 0, 8] },
	small: { fontSize: 8, margin: [0, 0, 0, 4] },
	muted: { fontSize: 8.5, color: COLORS.muted, margin: [0, 0, 0, 4] },
	tableHeader: { bold: true, fontSize: 8, color: COLORS.white },
	tableCell: { fontSize: 8.5 },
	tableCellDense: { fontSize: 7.5 },
	kvKey: { fontSize: 8.5, bold: true, color: COLORS.muted },
	kvValue: { fontSize: 8.5 },
	chartTitle: { fontSize: 10, bold: true, color: COLORS.ink, margin: [0, 8, 0, 6] },
	chartLabel: { fontSize: 8, color: COLORS.ink },
	chartSeries: { fontSize: 7, color: COLORS.muted },
	chartValue: { fontSize: 7.5, color: COLORS.ink },
	caption: { fontSize: 7.5, color: COLORS.muted, margin: [0, 4, 0, 8] },
	mdP: { margin: [0, 0, 0, 4] },
	mdH: { bold: true, margin: [0, 4, 0, 2] },
	mdCode: { fontSize: 8, color: COLORS.ink, preserveLeadingSpaces: true },
	mdQuote: { color: COLORS.muted },
	tocTitle: { fontSize: 16, bold: true, color: COLORS.navy, margin: [0, 0, 0, 14] },
	tocLevel1: { fontSize: 10, bold: true, color: COLORS.ink },
	tocLevel2: { fontSize: 9, color: COLORS.ink },
	tocLevel3: { fontSize: 8.5, color: COLORS.muted }
};

export const DEFAULT_STYLE: PdfStyle = {
	font: FONT_FAMILY,
	fontSize: 9,
	color: COLORS.ink,
	lineHeight: 1.05
};
