/**
 * The renderer-independent report model. A report type (the self-check, later
 * the risk register, the BCP…) builds a `ReportModel` from its snapshot; the
 * PDF renderer (./pdf) turns it into a pdfmake document. Every text in the
 * model is final, already in the report's language: renderers never translate.
 * Pure types and tiny helpers: no I/O.
 */

export const REPORT_LANGUAGES = ['ja', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const REPORT_STATUSES = ['draft', 'signed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ReportMeta {
	/** e.g. MR-2026-7K3QF2ZD (see integrity.ts). */
	reportId: string;
	/** Machine name of the report type, e.g. 'selfcheck'. */
	type: string;
	title: string;
	organisationName: string;
	sectorName: string;
	/** e.g. "2026年度" / "FY2026". */
	fiscalYearLabel: string;
	/** Optional longer period, e.g. "2026年4月〜2027年3月". */
	fiscalYearPeriod?: string;
	status: ReportStatus;
	language: ReportLanguage;
	/** ISO 8601 instant; also the PDF's creation and modification date. */
	generatedAt: string;
	/** SHA-256 (hex) of the canonical JSON of the snapshot the report was built from. */
	snapshotSha256: string;
	/** SHA-256 of the audit package's manifest.json the report vouches for (self-check reports); also a PDF keyword. */
	manifestSha256?: string;
	/** What the status means for this report type, shown on the cover instead of the engine's default sentence. */
	statusNotice?: string;
	/**
	 * The status as this report type names it when the engine's draft/signed
	 * name would mislead (an information report recorded as sent is final but
	 * never signed): shown on the cover and in the running header instead, with
	 * no DRAFT watermark. The registered status stays `status`.
	 */
	statusLabel?: string;
}

/** A run of inline text with optional emphasis. */
export interface TextRun {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** Render in the muted text colour. */
	muted?: boolean;
	/** Render in a tone's strong colour (wins over muted). */
	tone?: Tone;
	/** Smaller type, e.g. for hashes. */
	small?: boolean;
}
export type RichText = string | TextRun[];

export type Tone = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

export interface HeadingBlock {
	kind: 'heading';
	/** 2 = sub-section, 3 = sub-sub-section, 4 = minor heading (e.g. one item). Level 1 is the section title. */
	level: 2 | 3 | 4;
	text: string;
	/** Listed in the table of contents (default: level 2 only). */
	toc?: boolean;
	/** Never leave the heading alone at the bottom of a page: keep it with the next block. */
	keepWithNext?: boolean;
}

export interface ParagraphBlock {
	kind: 'paragraph';
	text: RichText;
	variant?: 'body' | 'small' | 'muted' | 'lead';
}

/** Markdown source (CommonMark, raw HTML is never rendered). */
export interface MarkdownBlock {
	kind: 'markdown';
	source: string;
}

export interface KeyValueBlock {
	kind: 'keyValue';
	rows: { key: string; value: RichText; tone?: Tone }[];
	/** Width of the key column in points (default 120). */
	keyWidth?: number;
}

export interface TableCell {
	text: RichText;
	/** Background colour, '#rrggbb'. */
	fill?: string;
	/** Background from the renderer's palette (light fill) and text in the tone's colour; `fill` wins. */
	tone?: Tone;
	align?: 'left' | 'center' | 'right';
	bold?: boolean;
	/** Text colour, '#rrggbb' (e.g. readable on `fill`); wins over the tone's. */
	textColor?: string;
}
export type Cell = string | TableCell;

export type ColumnWidth = number | '*' | 'auto';

export interface DataTableBlock {
	kind: 'table';
	header: string[];
	rows: Cell[][];
	widths?: ColumnWidth[];
	/** Alignment per column (header and cells; a cell's own align wins). Default left. */
	align?: ('left' | 'center' | 'right')[];
	/** Shown instead of the table when there are no rows. */
	emptyText?: string;
	/** Smaller type for wide or long tables. */
	dense?: boolean;
}

export interface ChartSeries {
	name: string;
	/** '#rrggbb' */
	color: string;
	/** One value per category, 0..1; null = not applicable (drawn as "—"). */
	values: (number | null)[];
}

export interface BarChartBlock {
	kind: 'barChart';
	title: string;
	categories: string[];
	series: ChartSeries[];
	/** Text under the chart (e.g. how the ratio is computed). */
	caption?: string;
}

/** A grid of coloured cells (e.g. a risk heat map), drawn as vector graphics. */
export interface HeatMapBlock {
	kind: 'heatMap';
	title: string;
	xAxis: string;
	yAxis: string;
	/** Column labels, left to right. */
	columns: string[];
	/** Row labels, top to bottom. */
	rows: string[];
	/** cells[row][column], rows top to bottom; `framed` draws a dark frame (e.g. above tolerance). */
	cells: { fill: string; textColor: string; text: string; framed?: boolean }[][];
	legend?: { label: string; fill: string }[];
	caption?: string;
}

export interface CalloutBlock {
	kind: 'callout';
	tone: Tone;
	title?: string;
	text: RichText;
}

export interface SignatureBlock {
	kind: 'signature';
	/** null = not signed (the report is a draft). */
	signature: null | {
		signerName: string;
		/** Already formatted for display. */
		signedAt: string;
		/** SHA-256 (hex) of the signed content. */
		contentSha256: string;
		role?: string;
	};
}

export type Block =
	| HeadingBlock
	| ParagraphBlock
	| MarkdownBlock
	| KeyValueBlock
	| DataTableBlock
	| BarChartBlock
	| HeatMapBlock
	| CalloutBlock
	| SignatureBlock;

export interface Section {
	/** Stable id, unique within the report (used for links and tests). */
	id: string;
	title: string;
	blocks: Block[];
	/** Start the section on a new page (default true). */
	newPage?: boolean;
}

export interface ReportModel {
	meta: ReportMeta;
	sections: Section[];
	/**
	 * 'full' (default): a cover page, a table of contents and the verification
	 * section on its own page. 'brief' (a few pages, e.g. the board report): the
	 * cover facts head the first page, no table of contents, and the
	 * verification section follows the last section without a page break.
	 */
	layout?: 'full' | 'brief';
}

/** The plain text of a RichText value. */
export function plainText(text: RichText): string {
	return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}
