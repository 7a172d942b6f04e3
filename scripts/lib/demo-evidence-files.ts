/**
 * The demo operator's evidence files, made on the spot: three short PDFs
 * (rendered with the report engine's fonts), a log excerpt and a chart as a
 * PNG. Every file says on its face that it is fictional demo material.
 */
import { deflateSync, crc32 } from 'node:zlib';
import type { PdfContent, PdfRenderSpec } from '../../src/lib/domain/reports/pdf/types';
import { COLORS, DEFAULT_STYLE, FONT_FAMILY, PAGE, STYLES } from '../../src/lib/domain/reports/pdf/theme';
import { renderInProcess } from '../../src/lib/server/reports/render';

const ORG = '【デモ】東都電力ネットワーク株式会社';
const NOTICE = 'この文書はデモ用に作成した架空のものです。実在の組織・設備・人物とは関係ありません。';

export interface DemoDocument {
	title: string;
	subtitle: string;
	/** Each section: a heading and its paragraphs or a table (first row = header). */
	sections: { heading: string; paragraphs?: string[]; table?: string[][] }[];
}

function content(doc: DemoDocument): PdfContent[] {
	const out: PdfContent[] = [
		{ text: `【デモ】${doc.title}`, style: 'sectionTitle' },
		{ text: doc.subtitle, style: 'muted' },
		{ text: NOTICE, style: 'small', color: COLORS.muted, margin: [0, 0, 0, 10] }
	];
	for (const section of doc.sections) {
		out.push({ text: section.heading, style: 'h2' });
		for (const p of section.paragraphs ?? []) out.push({ text: p, style: 'body' });
		if (section.table) {
			const [header, ...rows] = section.table;
			out.push({
				table: {
					headerRows: 1,
					widths: header.map((_, i) => (i === header.length - 1 ? '*' : 'auto')),
					body: [
						header.map((h) => ({ text: h, style: 'tableHeader', fillColor: COLORS.navy })),
						...rows.map((r) => r.map((c) => ({ text: c, style: 'tableCell' })))
					]
				},
				margin: [0, 0, 0, 8]
			} as PdfContent);
		}
	}
	return out;
}

export async function demoPdf(doc: DemoDocument, createdAt: string): Promise<Uint8Array> {
	const spec: PdfRenderSpec = {
		doc: {
			pageSize: 'A4',
			pageOrientation: 'portrait',
			pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
			content: content(doc),
			styles: STYLES,
			defaultStyle: DEFAULT_STYLE,
			language: 'ja-JP',
			compress: true,
			watermark: { text: 'DEMO / デモ', color: COLORS.watermark, opacity: 0.08, bold: true, fontSize: 70 }
		},
		running: {
			firstPage: 1,
			headerLeft: ORG,
			headerRight: `【デモ】${doc.title}`,
			footerLines: [NOTICE],
			pageTemplate: '{page} / {pages}',
			font: FONT_FAMILY,
			fontSize: 7,
			color: COLORS.muted,
			ruleColor: COLORS.rule,
			marginX: PAGE.marginX
		},
		info: {
			title: `【デモ】${doc.title}`,
			author: ORG,
			subject: doc.subtitle,
			keywords: 'mamori-demo',
			creator: 'mamori demo',
			producer: 'mamori demo data',
			createdAt
		}
	};
	return (await renderInProcess(spec)).pdf;
}

/* ---------- a PNG chart, written by hand (RGB, no interlace) ---------- */

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * A bar chart of battery back-up minutes per test (the first bar in red,
 * below the line of the target), with a striped "DEMO" band at the top.
 */
export function demoChartPng(values: number[], target: number): Buffer {
	const width = 640;
	const height = 320;
	const max = Math.max(target, ...values) * 1.15;
	const pixels = Buffer.alloc((width * 3 + 1) * height);
	const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
		const at = y * (width * 3 + 1) + 1 + x * 3;
		pixels[at] = r;
		pixels[at + 1] = g;
		pixels[at + 2] = b;
	};
	const plotTop = 40;
	const plotBottom = height - 30;
	const barWidth = Math.floor((width - 80) / values.length) - 12;
	const targetY = Math.round(plotBottom - ((plotBottom - plotTop) * target) / max);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			let colour: [number, number, number] = [255, 255, 255];
			if (y < 24)
				colour = (x + y) % 24 < 12 ? [253, 230, 138] : [255, 247, 214]; // the demo band
			else if (y === plotBottom && x >= 40) colour = [80, 80, 80];
			else if (x === 40 && y >= plotTop && y <= plotBottom) colour = [80, 80, 80];
			else if (y === targetY && x > 40 && x % 8 < 5) colour = [190, 30, 45];
			else {
				const i = Math.floor((x - 52) / (barWidth + 12));
				const inBar = i >= 0 && i < values.length && (x - 52) % (barWidth + 12) < barWidth;
				if (inBar) {
					const top = Math.round(plotBottom - ((plotBottom - plotTop) * values[i]) / max);
					if (y >= top && y < plotBottom) colour = values[i] < target ? [220, 38, 38] : [30, 64, 120];
				}
			}
			set(x, y, colour);
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('tEXt', Buffer.from('Comment\0mamori demo: fictional UPS discharge test results', 'latin1')),
		chunk('IDAT', deflateSync(pixels)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
