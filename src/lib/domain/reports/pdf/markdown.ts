/**
 * Markdown → pdfmake content, from markdown-it's token stream. Pure.
 *
 * markdown-it runs with `html: false`, so raw HTML arrives as plain text and
 * is printed literally, never interpreted. Supported: paragraphs, headings,
 * emphasis / strong / strikethrough, inline code and code blocks, bullet and
 * ordered lists (nested), block quotes, tables, rules. Links are printed as
 * text ("label (url)"), never as clickable links; images as their alt text.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { COLORS } from './theme';
import type { PdfContent, PdfTableCell, PdfTextInline } from './types';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

interface InlineState {
	bold: boolean;
	italic: boolean;
	strike: boolean;
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A soft line break: nothing between two Japanese characters, a space otherwise. */
function softBreak(before: string, after: string): string {
	return CJK.test(before.slice(-1)) || CJK.test(after.slice(0, 1)) ? '' : ' ';
}

function inlineOf(text: string, state: InlineState, extra?: Partial<PdfTextInline>): PdfTextInline {
	const run: PdfTextInline = { text };
	if (state.bold) run.bold = true;
	if (state.italic) run.color = COLORS.accent;
	if (state.strike) run.decoration = 'lineThrough';
	return extra ? { ...run, ...extra } : run;
}

const sameStyle = (a: PdfTextInline, b: PdfTextInline): boolean =>
	a.bold === b.bold && a.color === b.color && a.decoration === b.decoration && a.background === b.background && a.fontSize === b.fontSize;

/** Inline tokens → text runs, neighbouring runs of the same style merged. */
export function inlineRuns(children: readonly Token[]): PdfTextInline[] {
	const out: PdfTextInline[] = [];
	const state: InlineState = { bold: false, italic: false, strike: false };
	const linkStack: { href: string; label: string }[] = [];
	const push = (run: PdfTextInline): void => {
		if (typeof run.text !== 'string' || run.text === '') return;
		for (const link of linkStack) link.label += run.text;
		const last = out[out.length - 1];
		if (last && typeof last.text === 'string' && sameStyle(last, run)) last.text += run.text;
		else out.push(run);
	};
	const textSoFar = (): string => {
		const last = out[out.length - 1];
		return last && typeof last.text === 'string' ? last.text : '';
	};
	children.forEach((token, index) => {
		switch (token.type) {
			case 'text':
				push(inlineOf(token.content, state));
				break;
			case 'softbreak': {
				const next = children[index + 1];
				push(inlineOf(softBreak(textSoFar(), next?.content ?? ''), state));
				break;
			}
			case 'hardbreak':
				push(inlineOf('\n', state));
				break;
			case 'code_inline':
				push(inlineOf(token.content, state, { background: COLORS.codeBg, fontSize: 8 }));
				break;
			case 'strong_open':
			case 'strong_close':
				state.bold = token.type === 'strong_open';
				break;
			case 'em_open':
			case 'em_close':
				state.italic = token.type === 'em_open';
				break;
			case 's_open':
			case 's_close':
				state.strike = token.type === 's_open';
				break;
			case 'link_open':
				linkStack.push({ href: String(token.attrGet('href') ?? ''), label: '' });
				break;
			case 'link_close': {
				const link = linkStack.pop();
				if (!link || link.href === '') break;
				const label = link.label;
				const href = link.href.replace(/^mailto:/, '');
				if (label.trim() !== href) push(inlineOf(` (${href})`, { bold: false, italic: false, strike: false }, { color: COLORS.muted }));
				break;
			}
			case 'image':
				push(inlineOf(`[${token.content || 'image'}]`, state, { color: COLORS.muted }));
				break;
			default:
				// html_inline cannot occur with html: false; anything else unknown is printed as its text.
				if (token.content) push(inlineOf(token.content, state));
		}
	});
	return out;
}

interface Cursor {
	tokens: Token[];
	i: number;
}

/** Converts block tokens until the matching close token (or the end). */
function blocks(cur: Cursor, closeType: string | null, tight: boolean): PdfContent[] {
	const out: PdfContent[] = [];
	while (cur.i < cur.tokens.length) {
		const t = cur.tokens[cur.i];
		if (closeType !== null && t.type === closeType) {
			cur.i++;
			return out;
		}
		cur.i++;
		switch (t.type) {
			case 'paragraph_open': {
				const inline = cur.tokens[cur.i];
				cur.i += 2; // inline + paragraph_close
				const runs = inlineRuns(inline?.children ?? []);
				if (runs.length > 0) out.push({ text: runs, style: 'mdP', ...(tight || t.hidden ? { margin: [0, 0, 0, 1] } : {}) });
				break;
			}
			case 'heading_open': {
				const inline = cur.tokens[cur.i];
				cur.i += 2;
				const level = Number(t.tag.slice(1));
				out.push({ text: inlineRuns(inline?.children ?? []), style: 'mdH', fontSize: level <= 2 ? 10 : 9 });
				break;
			}
			case 'bullet_list_open':
			case 'ordered_list_open': {
				const ordered = t.type === 'ordered_list_open';
				const items = listItems(cur, ordered ? 'ordered_list_close' : 'bullet_list_close');
				const start = Number(t.attrGet('start') ?? '1');
				out.push(
					ordered
						? { ol: items, margin: [4, 0, 0, 4], ...(start !== 1 ? { start } : {}) }
						: { ul: items, margin: [4, 0, 0, 4], markerColor: COLORS.muted }
				);
				break;
			}
			case 'blockquote_open': {
				const inner = blocks(cur, 'blockquote_close', false);
				out.push(quote(inner));
				break;
			}
			case 'fence':
			case 'code_block':
				out.push(codeBlock(t.content.replace(/\n$/, '')));
				break;
			case 'table_open':
				out.push(table(cur));
				break;
			case 'hr':
				out.push({
					canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }],
					margin: [0, 4, 0, 6]
				});
				break;
			case 'inline':
				out.push({ text: inlineRuns(t.children ?? []), style: 'mdP' });
				break;
			default:
				// html_block cannot occur with html: false; other tokens carry no content.
				break;
		}
	}
	return out;
}

function listItems(cur: Cursor, closeType: string): PdfContent[] {
	const items: PdfContent[] = [];
	while (cur.i < cur.tokens.length) {
		const t = cur.tokens[cur.i++];
		if (t.type === closeType) break;
		if (t.type !== 'list_item_open') continue;
		const content = blocks(cur, 'list_item_close', true);
		items.push(content.length === 1 ? content[0] : { stack: content });
	}
	return items;
}

function quote(inner: PdfContent[]): PdfContent {
	return {
		table: {
			widths: [2, '*'],
			body: [
				[
					{ text: '', fillColor: COLORS.rule },
					{ stack: inner, style: 'mdQuote' }
				]
			]
		},
		layout: 'mamoriPlain',
		margin: [0, 2, 0, 6]
	};
}

function codeBlock(code: string): PdfContent {
	return {
		table: { widths: ['*'], body: [[{ text: code, style: 'mdCode', fillColor: COLORS.codeBg }]] },
		layout: 'mamoriPlain',
		margin: [0, 2, 0, 6]
	};
}

function table(cur: Cursor): PdfContent {
	const rows: PdfTableCell[][] = [];
	let row: PdfTableCell[] = [];
	let headerRows = 0;
	let inHead = false;
	while (cur.i < cur.tokens.length) {
		const t = cur.tokens[cur.i++];
		if (t.type === 'table_close') break;
		if (t.type === 'thead_open') inHead = true;
		else if (t.type === 'thead_close') inHead = false;
		else if (t.type === 'tr_open') row = [];
		else if (t.type === 'tr_close') {
			rows.push(row);
			if (inHead) headerRows++;
		} else if (t.type === 'inline') {
			row.push({
				text: inlineRuns(t.children ?? []),
				style: inHead ? 'tableHeader' : 'tableCell',
				...(inHead ? { fillColor: COLORS.navy } : {})
			});
		}
	}
	const columns = Math.max(1, ...rows.map((r) => r.length));
	const body = rows.map((r) => [...r, ...Array.from({ length: columns - r.length }, (): PdfTableCell => '')]);
	if (body.length === 0) return { text: '' };
	return { table: { headerRows, widths: Array.from({ length: columns }, () => '*'), body }, layout: 'mamoriGrid', margin: [0, 2, 0, 6] };
}

/** Markdown source → pdfmake content nodes. Empty or blank input gives []. */
export function markdownToPdf(source: string): PdfContent[] {
	if (source.trim() === '') return [];
	return blocks({ tokens: md.parse(source, {}), i: 0 }, null, false);
}
