// Guards against silent breakage of the PDF engine's run-time patches of
// pdfmake and pdfkit (pdfmake-patches.js, pdfmake-cjk.js, pdfmake-fonts.js,
// pdfmake-styles.js): every patch must be in place, a target that changed
// shape must fail loudly, and a fixed Japanese document must keep its golden
// line breaks (kinsoku), runs, text objects and page count.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '$lib/domain/reports/pdf/theme';
import type { PdfRenderSpec } from '$lib/domain/reports/pdf/types';
import { pdfToText } from './pdf-tools';
import { installedPatches, patch, patchedBy, PATCHED_VERSIONS, PatchTargetError, patchTarget } from './pdfmake-guard.js';
import { renderInProcess } from './render';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(path.join(tmpdir(), 'mamori-golden-'));

const TEXTS = [
	'重要インフラサービス障害が発生したときは、速やかに所管省庁へ情報連絡を行い、セプター（CEPTOAR）を通じて関係事業者とも共有する。',
	'「事業継続計画」と「コンティンジェンシープラン」を年1回以上見直し、机上演習と機能演習の結果を経営層に報告している。',
	'チェックリストの項目GOV-01〜GOV-12は、2026年度の自己検証で全て確認した。SHA-256のハッシュ値（64桁）を証跡として保存する。',
	'小書きのァィゥェォッャュョーっゃゅょ、。」』）！？が行頭に来ないこと、「『（が行末に残らないことを確かめるための文章です。'
];

/** A fixed document, independent of the report's styling: a narrow column of Japanese paragraphs over several pages. */
function goldenSpec(): PdfRenderSpec {
	const content = Array.from({ length: 24 }, (_, i) => ({ text: TEXTS[i % 4].repeat(1 + (i % 3)), margin: [0, 0, 0, 6] }));
	return {
		doc: {
			pageSize: 'A4',
			pageOrientation: 'portrait',
			pageMargins: [170, 80, 170, 80],
			content: content as PdfRenderSpec['doc']['content'],
			styles: {},
			defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.5 },
			compress: false
		},
		running: {
			firstPage: 1000,
			headerLeft: '',
			headerRight: '',
			footerLines: [],
			pageTemplate: '{page}',
			font: FONT_FAMILY,
			fontSize: 8,
			color: '#000000',
			ruleColor: '#000000',
			marginX: 170
		},
		info: {
			title: 'golden',
			author: 'mamori',
			subject: '',
			keywords: '',
			creator: 'mamori',
			producer: 'mamori',
			createdAt: '2026-01-01T00:00:00Z'
		}
	};
}

/** The golden line breaks: pdftotext's lines, pages separated by form feeds. Regenerate with GOLDEN_UPDATE=1 after a deliberate engine change. */
const GOLDEN = new URL('./pdfmake-golden.lines.txt', import.meta.url);

/** Text-showing operators in the uncompressed content streams: one per merged run of text. */
const textOperators = (pdf: Uint8Array) =>
	(
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\] TJ|\) Tj|> Tj/g) ?? []
	).length;

describe('PDF engine patches', () => {
	it('are all in place once the engine is configured, each by its file', async () => {
		await renderInProcess(goldenSpec());
		expect(installedPatches()).toEqual({
			'StyleContextStack.getStyleProperty': 'pdfmake-styles.js',
			'LayoutBuilder.prototype.processNode': 'pdfmake-patches.js',
			'Renderer.prototype.renderPages': 'pdfmake-patches.js',
			'PDFDocument.prototype.provideFont': 'pdfmake-patches.js',
			'TextInlines.prototype.measure': 'pdfmake-patches.js',
			"pdfkit's EmbeddedFont.prototype.layoutCached": 'pdfmake-patches.js',
			"pdfkit's EmbeddedFont.prototype.layout": 'pdfmake-patches.js',
			'TextBreaker.prototype.getBreaks': 'pdfmake-cjk.js',
			'TextInlines.prototype.widthOfText': 'pdfmake-cjk.js',
			'TextInlines.prototype.buildInlines': 'pdfmake-cjk.js',
			'Line.prototype.hasEnoughSpaceForInline': 'pdfmake-cjk.js',
			'TableProcessor.prototype.endRow': 'pdf-parts.js',
			'LayoutBuilder.prototype.layoutDocument': 'pdf-parts.js'
		});
		const TextBreaker = require('pdfmake/js/TextBreaker').default as { prototype: { getBreaks: unknown } };
		expect(patchedBy(TextBreaker.prototype.getBreaks)).toBe('pdfmake-cjk.js');
	});

	it('break a fixed Japanese document at the golden positions, with kinsoku, on the golden number of pages', async () => {
		const { pdf, stats } = await renderInProcess(goldenSpec());
		const file = path.join(dir, 'golden.pdf');
		writeFileSync(file, pdf);
		const lines = pdfToText(file, 'raw');
		if (process.env.GOLDEN_UPDATE === '1') writeFileSync(GOLDEN, lines);
		expect(lines.split('\n')).toEqual(readFileSync(GOLDEN, 'utf8').split('\n'));
		expect(stats.pages).toBe(6);
		// merged inlines: one text operator per run of same-styled text on a line
		expect(textOperators(pdf)).toBe(144);
		// kinsoku, checked on the golden itself: no line starts with closing punctuation or small kana, none ends with an opening bracket
		for (const line of lines.split(/[\n\f]/).filter(Boolean)) {
			expect(line, line).not.toMatch(/^[、。，．・：；？！ーぁぃぅぇぉっゃゅょァィゥェォッャュョ）」』】〕]/);
			expect(line, line).not.toMatch(/[（「『【〔]$/);
		}
	});

	it('join the words pdfmake breaks Japanese text into, so that a paragraph is measured as a few runs', async () => {
		await renderInProcess(goldenSpec());
		const TextBreaker = require('pdfmake/js/TextBreaker').default as new () => {
			getBreaks(texts: { text: string }[], stack: unknown): { text: string; _cjk?: boolean }[];
		};
		const words = new TextBreaker().getBreaks([{ text: TEXTS[2] }], undefined);
		expect(words.map((w) => w.text)).toEqual([
			'チェックリストの項目GOV-01〜GOV-12は、2026年度の自己検証で全て確認した。SHA-256のハッシュ値（64桁）を証跡として保存する。'
		]);
		expect(words[0]._cjk).toBe(true);
	});
});

describe('patch guards', () => {
	class Target {
		measure(a: unknown, b: unknown) {
			return [a, b, 'leadingCut'];
		}
	}

	it('name the file and the target when the target is missing', () => {
		expect(() =>
			patchTarget('pdfmake-cjk.js', 'TextBreaker.prototype.getBreaks', {} as { getBreaks?: () => void }, 'getBreaks', { arity: 2 })
		).toThrow(
			new PatchTargetError(
				'pdfmake-cjk.js: cannot patch TextBreaker.prototype.getBreaks (pdfmake 0.3.11 and pdfkit 0.19.1 are expected; see package.json): it is undefined, not a function'
			)
		);
		expect(() => patchTarget('pdfmake-cjk.js', 'Line.prototype.x', undefined as { x?: () => void } | undefined, 'x', { arity: 1 })).toThrow(
			/pdfmake-cjk\.js: cannot patch Line\.prototype\.x .*missing/
		);
	});

	it('refuse a target whose parameters or code changed, and leave it unpatched', () => {
		const owner = Target.prototype;
		expect(() => patch('f.js', 'Target.prototype.measure', owner, 'measure', { arity: 3 }, (m) => m)).toThrow(
			/takes 2 parameters, the patch expects 3/
		);
		expect(() => patch('f.js', 'Target.prototype.measure', owner, 'measure', { arity: 2, uses: ['trailingCut'] }, (m) => m)).toThrow(
			/no longer mentions trailingCut/
		);
		expect(patchedBy(owner.measure)).toBeUndefined();
		patch(
			'f.js',
			'Target.prototype.measure',
			owner,
			'measure',
			{ arity: 2, uses: ['leadingCut'] },
			(m) =>
				function (this: Target, a, b) {
					return m.call(this, b, a);
				}
		);
		expect(patchedBy(owner.measure)).toBe('f.js');
		expect(new Target().measure(1, 2)).toEqual([2, 1, 'leadingCut']);
	});
});

describe('the patched packages are pinned', () => {
	it('package.json pins pdfmake and pdfkit exactly to the versions the patches were written for, and those are installed', () => {
		const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { dependencies: Record<string, string> };
		for (const [name, version] of Object.entries(PATCHED_VERSIONS)) {
			// a range (^0.3.11, ~0.19.1) would let npm install an upgrade the patches were never checked against
			expect(pkg.dependencies[name], `package.json ${name}`).toBe(version);
			const installed = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
			expect(installed.version, `node_modules/${name}`).toBe(version);
		}
	});
});
