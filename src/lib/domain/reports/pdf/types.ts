/**
 * A minimal local typing of the pdfmake 0.3 document definition: pdfmake
 * 0.3.11 ships no TypeScript types and @types/pdfmake describes 0.2. Only
 * what the report engine uses is typed, and only serialisable data: the
 * document is rendered in a worker thread, so it must survive structured
 * cloning (no functions). The running header and footer, which pdfmake wants
 * as functions, are described as data (`RunningSpec`) and turned into
 * functions next to pdfmake (server/reports/pdf-engine.js).
 */

export type Margins = number | [number, number] | [number, number, number, number];
export type PdfColumnWidth = number | '*' | 'auto' | string;

export interface PdfStyle {
	font?: string;
	fontSize?: number;
	bold?: boolean;
	italics?: boolean;
	color?: string;
	fillColor?: string;
	background?: string;
	alignment?: 'left' | 'center' | 'right' | 'justify';
	lineHeight?: number;
	margin?: Margins;
	characterSpacing?: number;
	decoration?: 'underline' | 'lineThrough' | 'overline';
	noWrap?: boolean;
	preserveLeadingSpaces?: boolean;
	opacity?: number;
}

export interface PdfTextInline extends PdfStyle {
	text: string | PdfTextInline[];
	style?: string | string[];
}
export type PdfInline = string | PdfTextInline;

export interface PdfNodeBase extends PdfStyle {
	style?: string | string[];
	pageBreak?: 'before' | 'after';
	unbreakable?: boolean;
	id?: string;
	headlineLevel?: number;
	/** Placed at these page coordinates (points), outside the flow. */
	absolutePosition?: { x: number; y: number };
}

export interface PdfText extends PdfNodeBase {
	text: string | PdfInline[];
	tocItem?: boolean | string;
	tocStyle?: string | string[] | PdfStyle;
	tocMargin?: Margins;
	tocNumberStyle?: string | string[] | PdfStyle;
	outline?: boolean;
	outlineText?: string;
}

export interface PdfStack extends PdfNodeBase {
	stack: PdfContent[];
}

export interface PdfColumn extends PdfNodeBase {
	width?: PdfColumnWidth;
}

export interface PdfColumns extends PdfNodeBase {
	columns: (PdfContent & PdfColumn)[];
	columnGap?: number;
}

export interface PdfList extends PdfNodeBase {
	ul?: PdfContent[];
	ol?: PdfContent[];
	start?: number;
	type?: string;
	markerColor?: string;
}

export type PdfTableCell = PdfContent & {
	fillColor?: string;
	colSpan?: number;
	rowSpan?: number;
	border?: [boolean, boolean, boolean, boolean];
	borderColor?: [string, string, string, string];
};

/** Built-in layout names, or one registered by the engine (see pdf-engine.js). */
export type PdfTableLayoutName =
	| 'noBorders'
	| 'headerLineOnly'
	| 'lightHorizontalLines'
	| 'mamoriGrid'
	| 'mamoriRows'
	| 'mamoriPlain'
	| 'mamoriCallout'
	| 'mamoriChart'
	| 'mamoriBox';

export interface PdfTable extends PdfNodeBase {
	table: {
		body: PdfTableCell[][];
		widths?: PdfColumnWidth[];
		heights?: number | number[];
		headerRows?: number;
		dontBreakRows?: boolean;
		keepWithHeaderRows?: number;
	};
	layout?: PdfTableLayoutName;
}

export type PdfCanvasShape =
	| {
			type: 'rect';
			x: number;
			y: number;
			w: number;
			h: number;
			r?: number;
			color?: string;
			lineColor?: string;
			lineWidth?: number;
			fillOpacity?: number;
	  }
	| {
			type: 'line';
			x1: number;
			y1: number;
			x2: number;
			y2: number;
			lineWidth?: number;
			lineColor?: string;
			dash?: { length: number; space?: number };
	  };

export interface PdfCanvas extends PdfNodeBase {
	canvas: PdfCanvasShape[];
}

export interface PdfToc extends PdfNodeBase {
	toc: {
		title?: PdfContent;
		textStyle?: PdfStyle;
		numberStyle?: PdfStyle;
		textMargin?: Margins;
		outlines?: boolean;
	};
}

export type PdfContent = string | PdfText | PdfStack | PdfColumns | PdfList | PdfTable | PdfCanvas | PdfToc;

export interface PdfWatermark {
	text: string;
	color?: string;
	opacity?: number;
	bold?: boolean;
	fontSize?: number;
	angle?: number;
}

/** The running header and footer, as data (see file comment). */
export interface RunningSpec {
	/** Pages before this one (1-based) get no header and footer (the cover). */
	firstPage: number;
	headerLeft: string;
	headerRight: string;
	footerLines: string[];
	/** With {page} and {pages} placeholders, e.g. "{page} / {pages} ページ". */
	pageTemplate: string;
	font: string;
	fontSize: number;
	color: string;
	ruleColor: string;
	/** Page margins left/right, to draw the rules across the text block. */
	marginX: number;
}

export interface PdfInfo {
	title: string;
	author: string;
	subject: string;
	keywords: string;
	creator: string;
	producer: string;
	/** ISO instant; pdf-engine.js turns it into CreationDate and ModDate. */
	createdAt: string;
}

export interface PdfDocDefinition {
	pageSize: 'A4';
	pageOrientation: 'portrait';
	pageMargins: [number, number, number, number];
	content: PdfContent[];
	styles: Record<string, PdfStyle>;
	defaultStyle: PdfStyle;
	watermark?: PdfWatermark;
	language?: string;
	compress?: boolean;
}

/** What the server renders: the document plus the parts that are not plain pdfmake data. */
export interface PdfRenderSpec {
	doc: PdfDocDefinition;
	running: RunningSpec;
	info: PdfInfo;
}
