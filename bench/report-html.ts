/**
 * The same report as HTML, for printing to PDF with other tools (bench
 * "reports vs peers"): every block of the ReportModel mamori renders, A4
 * with page numbers in the margin, the draft watermark, and the same Noto
 * Sans JP font files. Plain, like a print stylesheet of a web page.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { plainText, type Block, type ReportModel, type RichText } from '../src/lib/domain/reports/model';
import { renderMarkdown } from '../src/lib/server/selfcheck/markdown';

const require = createRequire(import.meta.url);
const font = (file: string) => pathToFileURL(require.resolve(`@expo-google-fonts/noto-sans-jp/${file}`)).href;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rich(text: RichText): string {
	if (typeof text === 'string') return esc(text);
	return text
		.map((r) => {
			let out = esc(r.text);
			if (r.bold) out = `<b>${out}</b>`;
			if (r.italic) out = `<i>${out}</i>`;
			return r.muted || r.small ? `<span class="muted">${out}</span>` : out;
		})
		.join('');
}

function block(b: Block): string {
	switch (b.kind) {
		case 'heading':
			return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
		case 'paragraph':
			return `<p class="${b.variant ?? 'body'}">${rich(b.text)}</p>`;
		case 'markdown':
			return `<div class="md">${renderMarkdown(b.source)}</div>`;
		case 'keyValue':
			return `<table class="kv">${b.rows.map((r) => `<tr><th>${esc(r.key)}</th><td>${rich(r.value)}</td></tr>`).join('')}</table>`;
		case 'table':
			return `<table class="data${b.dense ? ' dense' : ''}"><thead><tr>${b.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${
				b.rows.length === 0
					? `<tr><td colspan="${b.header.length}">${esc(b.emptyText ?? '')}</td></tr>`
					: b.rows
							.map(
								(row) =>
									`<tr>${row
										.map((c) =>
											typeof c === 'string'
												? `<td>${esc(c)}</td>`
												: `<td style="${c.fill ? `background:${c.fill};` : ''}${c.textColor ? `color:${c.textColor};` : ''}${c.align ? `text-align:${c.align};` : ''}">${rich(c.text)}</td>`
										)
										.join('')}</tr>`
							)
							.join('')
			}</tbody></table>`;
		case 'barChart': {
			const max = Math.max(1, ...b.series.flatMap((s) => s.values.map((v) => v ?? 0)));
			return `<figure><figcaption>${esc(b.title)}</figcaption>${b.categories
				.map(
					(c, i) =>
						`<div class="bar-row"><span class="bar-label">${esc(c)}</span>${b.series
							.map((s) => `<span class="bar" style="width:${(((s.values[i] ?? 0) / max) * 60).toFixed(1)}%;background:${s.color}"></span>`)
							.join('')}</div>`
				)
				.join('')}${b.caption ? `<p class="muted">${esc(b.caption)}</p>` : ''}</figure>`;
		}
		case 'heatMap':
			return `<figure><figcaption>${esc(b.title)}</figcaption><table class="heat">${b.cells
				.map(
					(row, r) =>
						`<tr><th>${esc(b.rows[r] ?? '')}</th>${row.map((c) => `<td style="background:${c.fill};color:${c.textColor}">${esc(c.text)}</td>`).join('')}</tr>`
				)
				.join('')}<tr><td></td>${b.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></table></figure>`;
		case 'callout':
			return `<div class="callout ${b.tone}">${b.title ? `<b>${esc(b.title)}</b><br>` : ''}${rich(b.text)}</div>`;
		case 'signature':
			return b.signature
				? `<div class="callout">${esc(b.signature.signerName)} · ${esc(b.signature.signedAt)} · ${esc(b.signature.contentSha256)}</div>`
				: '';
	}
}

export function reportHtml(model: ReportModel): string {
	const { meta } = model;
	const css = `
@font-face { font-family: 'Noto Sans JP'; font-weight: 400; src: url('${font('400Regular/NotoSansJP_400Regular.ttf')}'); }
@font-face { font-family: 'Noto Sans JP'; font-weight: 700; src: url('${font('700Bold/NotoSansJP_700Bold.ttf')}'); }
@page { size: A4; margin: 20mm 16mm 18mm;
  @top-left { content: '${esc(meta.title)} · ${esc(meta.reportId)}'; font: 8pt 'Noto Sans JP'; color: #555; }
  @bottom-right { content: counter(page) ' / ' counter(pages); font: 8pt 'Noto Sans JP'; color: #555; } }
body { font-family: 'Noto Sans JP', sans-serif; font-size: 9.5pt; line-height: 1.55; color: #111; margin: 0; }
h1 { font-size: 18pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999; break-after: avoid; } h3 { font-size: 11pt; break-after: avoid; } h4 { font-size: 10pt; break-after: avoid; }
section.new-page { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; } th, td { border: 0.5pt solid #bbb; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.kv th { width: 28%; background: #f3f4f6; } table.dense td, table.dense th { font-size: 8pt; } thead { display: table-header-group; } tr { break-inside: avoid; }
.muted { color: #555; } .callout { border-left: 3pt solid #888; padding: 4pt 8pt; background: #f7f7f7; margin: 6pt 0; }
.bar-row { display: flex; align-items: center; gap: 4pt; } .bar-label { width: 35%; font-size: 8pt; } .bar { display: inline-block; height: 6pt; }
.watermark { position: fixed; top: 45%; left: 10%; font-size: 64pt; color: rgba(200,0,0,0.08); transform: rotate(-30deg); }
`;
	const watermark = meta.status === 'draft' ? `<div class="watermark">${meta.language === 'ja' ? '下書き' : 'DRAFT'}</div>` : '';
	const body = model.sections
		.map((s) => `<section class="${s.newPage ? 'new-page' : ''}"><h2>${esc(s.title)}</h2>${s.blocks.map(block).join('\n')}</section>`)
		.join('\n');
	return `<!doctype html><html lang="${meta.language}"><head><meta charset="utf-8"><title>${esc(meta.title)}</title><style>${css}</style></head><body>${watermark}<h1>${esc(meta.title)}</h1><p>${esc(meta.organisationName)} · ${esc(meta.fiscalYearLabel)} · ${esc(meta.reportId)}</p>${body}</body></html>`;
}

export { plainText };
