import { describe, expect, it } from 'vitest';
import { canBreakAt } from './pdfmake-kinsoku.js';

const breaks = (text: string): string => [...text].map((c, i) => (i > 0 && canBreakAt(text, i) ? `|${c}` : c)).join('');

describe('Japanese line-break opportunities (kinsoku)', () => {
	it('allows a break between Japanese characters', () => {
		expect(breaks('重要システム')).toBe('重|要|シ|ス|テ|ム');
	});

	it('never starts a line with closing punctuation, small kana or the long-vowel mark', () => {
		expect(breaks('実施した。次に、')).toBe('実|施|し|た。|次|に、');
		expect(breaks('「計画」を')).toBe('「計|画」|を');
		expect(breaks('チェック')).toBe('チェッ|ク');
		expect(breaks('サーバ')).toBe('サー|バ');
	});

	it('never ends a line with an opening bracket', () => {
		expect(breaks('年（改訂）')).toBe('年|（改|訂）');
	});

	it('keeps Latin words and numbers whole, and breaks after spaces', () => {
		expect(breaks('CSIRTが2026年')).toBe('CSIRT|が|2026|年');
		expect(breaks('SHA-256 hash')).toBe('SHA-256 |hash');
	});
});
