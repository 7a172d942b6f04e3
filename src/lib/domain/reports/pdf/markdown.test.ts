import { describe, expect, it } from 'vitest';
import { markdownToPdf } from './markdown';
import { COLORS } from './theme';
import type { PdfContent } from './types';

/** All printable text in a content tree, in order. */
function textOf(node: PdfContent | PdfContent[] | undefined): string {
	if (node === undefined) return '';
	if (typeof node === 'string') return node;
	if (Array.isArray(node)) return node.map(textOf).join('|');
	if ('text' in node)
		return typeof node.text === 'string' ? node.text : node.text.map((r) => (typeof r === 'string' ? r : textOf(r as PdfContent))).join('');
	if ('stack' in node) return textOf(node.stack);
	if ('ul' in node || 'ol' in node) return textOf(node.ul ?? node.ol);
	if ('table' in node) return node.table.body.map((row) => row.map((c) => textOf(c as PdfContent)).join(',')).join(';');
	return '';
}

describe('markdownToPdf', () => {
	it('gives nothing for blank input', () => {
		expect(markdownToPdf('')).toEqual([]);
		expect(markdownToPdf('  \n\n ')).toEqual([]);
	});

	it('turns paragraphs into text nodes and keeps emphasis as runs', () => {
		const out = markdownToPdf('本文の**強調**と*斜体*です。\n\n二段落目');
		expect(out).toHaveLength(2);
		expect(out[0]).toEqual({
			text: [{ text: '本文の' }, { text: '強調', bold: true }, { text: 'と' }, { text: '斜体', color: COLORS.accent }, { text: 'です。' }],
			style: 'mdP'
		});
		expect(textOf(out[1])).toBe('二段落目');
	});

	it('joins soft line breaks without a space between Japanese characters, with one between Latin words', () => {
		expect(textOf(markdownToPdf('日本語の\n文章'))).toBe('日本語の文章');
		expect(textOf(markdownToPdf('two\nlines'))).toBe('two lines');
		expect(textOf(markdownToPdf('hard  \nbreak'))).toBe('hard\nbreak');
	});

	it('prints raw HTML literally instead of rendering it', () => {
		const out = markdownToPdf('<script>alert(1)</script>\n\n<b>太字</b>ではない');
		expect(textOf(out)).toBe('<script>alert(1)</script>|<b>太字</b>ではない');
		expect(JSON.stringify(out)).not.toContain('"bold":true');
	});

	it('prints links as text with their address, never as clickable links', () => {
		const out = markdownToPdf('[手順書](https://example.jp/a) と <https://example.jp/b>');
		expect(textOf(out)).toBe('手順書 (https://example.jp/a) と https://example.jp/b');
		expect(JSON.stringify(out)).not.toMatch(/"link"/);
	});

	it('renders bullet and ordered lists, nested, with a start number', () => {
		const out = markdownToPdf('- 一\n- 二\n  1. 甲\n  2. 乙\n\n3. 三番目\n4. 四番目');
		expect(out).toHaveLength(2);
		const ul = out[0];
		expect(typeof ul === 'object' && 'ul' in ul && ul.ul).toHaveLength(2);
		expect(textOf(out[0])).toBe('一|二|甲|乙');
		const ol = out[1];
		expect(typeof ol === 'object' && 'ol' in ol ? ol.start : undefined).toBe(3);
	});

	it('renders headings, inline code and code blocks', () => {
		const out = markdownToPdf('## 見出し\n\n`npm ci` を実行\n\n```\nline 1\n  line 2\n```');
		expect(out[0]).toMatchObject({ style: 'mdH', text: [{ text: '見出し' }] });
		expect(out[1]).toMatchObject({ text: [{ text: 'npm ci', background: COLORS.codeBg }, { text: ' を実行' }] });
		expect(textOf(out[2])).toBe('line 1\n  line 2');
	});

	it('renders tables with a header row and block quotes', () => {
		const out = markdownToPdf('| 項目 | 値 |\n|---|---|\n| A | 1 |\n| B |\n\n> 引用文');
		expect(out[0]).toMatchObject({ table: { headerRows: 1, widths: ['*', '*'] }, layout: 'mamoriGrid' });
		expect(textOf(out[0])).toBe('項目,値;A,1;B,');
		expect(textOf(out[1])).toContain('引用文');
	});

	it('prints images as their alt text', () => {
		expect(textOf(markdownToPdf('![構成図](diagram.png)'))).toBe('[構成図]');
	});
});
