/** Report blocks → pdfmake content. Pure. */
import type { Block, Cell, DataTableBlock, KeyValueBlock, RichText, SignatureBlock, Tone } from '../model';
import { groupedHash } from '../format';
import type { EngineStrings } from '../i18n';
import { barChart } from './chart';
import { heatMapChart } from './heatmap';
import { markdownToPdf } from './markdown';
import { COLORS, TONES } from './theme';
import type { PdfContent, PdfInline, PdfTableCell, PdfText } from './types';

export function richText(text: RichText): string | PdfInline[] {
	if (typeof text === 'string') return text;
	return text.map((run) => {
		const inline: PdfInline = { text: run.text };
		if (run.bold) inline.bold = true;
		if (run.italic) inline.color = COLORS.accent;
		if (run.muted) inline.color = COLORS.muted;
		if (run.tone) inline.color = TONES[run.tone].strong;
		if (run.small) inline.fontSize = 7.5;
		return inline;
	});
}

function keyValue(block: KeyValueBlock): PdfContent {
	return {
		table: {
			widths: [block.keyWidth ?? 120, '*'],
			body: block.rows.map((row) => [
				{ text: row.key, style: 'kvKey' },
				{ text: richText(row.value), style: 'kvValue', ...(row.tone ? { color: TONES[row.tone].strong, bold: true } : {}) }
			]),
			dontBreakRows: true
		},
		layout: 'mamoriRows',
		margin: [0, 0, 0, 8]
	};
}

function cell(value: Cell, dense: boolean, align: 'left' | 'center' | 'right' | undefined): PdfTableCell {
	const style = dense ? 'tableCellDense' : 'tableCell';
	if (typeof value === 'string') return align && align !== 'left' ? { text: value, style, alignment: align } : { text: value, style };
	const out: PdfText & { fillColor?: string } = { text: richText(value.text), style };
	if (align && align !== 'left') out.alignment = align;
	if (value.tone) {
		out.fillColor = TONES[value.tone].fill;
		out.color = TONES[value.tone].strong;
	}
	if (value.fill) out.fillColor = value.fill;
	if (value.align) out.alignment = value.align;
	if (value.bold) out.bold = true;
	if (value.textColor) out.color = value.textColor;
	return out;
}

function dataTable(block: DataTableBlock, strings: EngineStrings): PdfContent {
	if (block.rows.length === 0) {
		return { text: block.emptyText ?? strings.none, style: 'muted', margin: [0, 0, 0, 8] };
	}
	const dense = block.dense === true;
	const header: PdfTableCell[] = block.header.map((h, i) => {
		const align = block.align?.[i];
		return { text: h, style: 'tableHeader', fillColor: COLORS.navy, ...(align && align !== 'left' ? { alignment: align } : {}) };
	});
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: block.widths ?? block.header.map(() => '*'),
			body: [header, ...block.rows.map((row) => row.map((c, i) => cell(c, dense, block.align?.[i])))]
		},
		layout: 'mamoriGrid',
		margin: [0, 0, 0, 10]
	};
}

export function callout(tone: Tone, title: string | undefined, text: RichText): PdfContent {
	const body: PdfContent[] = [];
	if (title) body.push({ text: title, bold: true, color: TONES[tone].strong, margin: [0, 0, 0, 2] });
	body.push({ text: richText(text) });
	return {
		table: {
			widths: [3, '*'],
			body: [
				[
					{ text: '', fillColor: TONES[tone].strong },
					{ stack: body, fillColor: TONES[tone].fill }
				]
			],
			dontBreakRows: true
		},
		layout: 'mamoriCallout',
		margin: [0, 2, 0, 10]
	};
}

function signature(block: SignatureBlock, strings: EngineStrings): PdfContent {
	const sig = block.signature;
	if (sig === null) {
		return callout('warning', strings.notSigned, strings.notSignedNotice);
	}
	const rows: PdfTableCell[][] = [
		[
			{ text: strings.signedBy, style: 'kvKey' },
			{ text: sig.signerName, bold: true, fontSize: 11 }
		]
	];
	if (sig.role)
		rows.push([
			{ text: strings.signerRole, style: 'kvKey' },
			{ text: sig.role, style: 'kvValue' }
		]);
	rows.push([
		{ text: strings.signedAt, style: 'kvKey' },
		{ text: sig.signedAt, style: 'kvValue' }
	]);
	rows.push([
		{ text: strings.signedContentSha256, style: 'kvKey' },
		{ text: groupedHash(sig.contentSha256), fontSize: 8, color: COLORS.ink }
	]);
	return {
		stack: [
			{
				table: { widths: [130, '*'], body: rows, dontBreakRows: true },
				layout: 'mamoriBox',
				unbreakable: true
			},
			{ text: strings.signedNotice, style: 'muted', margin: [0, 6, 0, 0] }
		],
		margin: [0, 4, 0, 10]
	};
}

export function blockToPdf(block: Block, strings: EngineStrings): PdfContent[] {
	switch (block.kind) {
		case 'heading':
			if (block.level === 2) {
				const toc = block.toc ?? true;
				return [{ text: block.text, style: 'h2', ...(toc ? { tocItem: true, tocStyle: 'tocLevel2', tocMargin: [14, 1, 0, 1] } : {}) }];
			}
			return [
				{
					text: block.text,
					style: block.level === 3 ? 'h3' : 'h4',
					...(block.toc ? { tocItem: true, tocStyle: 'tocLevel3', tocMargin: [28, 1, 0, 1] } : {})
				}
			];
		case 'paragraph':
			return [{ text: richText(block.text), style: block.variant ?? 'body' }];
		case 'markdown': {
			const content = markdownToPdf(block.source);
			return content.length === 0 ? [] : [{ stack: content, margin: [0, 0, 0, 2] }];
		}
		case 'keyValue':
			return [keyValue(block)];
		case 'table':
			return [dataTable(block, strings)];
		case 'barChart':
			return barChart(block, strings.notApplicable);
		case 'heatMap':
			return heatMapChart(block);
		case 'callout':
			return [callout(block.tone, block.title, block.text)];
		case 'signature':
			return [signature(block, strings)];
	}
}
