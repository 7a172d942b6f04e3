/**
 * ReportModel → the serialisable pdfmake document (plus running header and
 * footer and PDF info). Pure and deterministic: the same model always gives
 * the same spec, and the server renders the same spec to the same bytes.
 */
import type { ReportModel, Section } from '../model';
import { formatDateTime, shortHash } from '../format';
import { engineStrings, type EngineStrings } from '../i18n';
import { MANIFEST_KEYWORD_PREFIX, reportIdKeyword } from '../integrity';
import { blockToPdf } from './blocks';
import { coverPage, tableOfContents, verificationSection } from './cover';
import { COLORS, CONTENT_WIDTH, DEFAULT_STYLE, FONT_FAMILY, PAGE, STYLES } from './theme';
import type { PdfContent, PdfInfo, PdfRenderSpec, RunningSpec } from './types';

export const VERIFICATION_SECTION_ID = 'verification';

function sectionTitle(section: Section, newPage: boolean): PdfContent[] {
	return [
		{
			text: section.title,
			style: 'sectionTitle',
			tocItem: true,
			tocStyle: 'tocLevel1',
			tocMargin: [0, 7, 0, 1],
			id: `section-${section.id}`,
			...(newPage ? { pageBreak: 'before' as const } : {})
		},
		{
			canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2, lineColor: COLORS.navy }],
			margin: [0, 0, 0, 12]
		}
	];
}

function sectionContent(section: Section, strings: EngineStrings, keepTitle = false): PdfContent[] {
	const out = sectionTitle(section, section.newPage ?? true);
	const blocks = section.blocks;
	for (let i = 0; i < blocks.length; i++) {
		// A heading marked keepWithNext forms an unbreakable group with what follows it
		// (through any further such headings), so it never ends a page on its own.
		const group = [blocks[i]];
		while (i + 1 < blocks.length) {
			const last = group[group.length - 1];
			if (last.kind !== 'heading' || !last.keepWithNext) break;
			group.push(blocks[++i]);
		}
		const content = group.flatMap((block) => blockToPdf(block, strings));
		if (keepTitle && i + 1 === group.length) {
			// a section that does not start a page never leaves its title alone at the bottom of one
			const title = out.splice(0, out.length);
			out.push({ stack: [...title, ...content], unbreakable: true });
		} else if (group.length > 1) out.push({ stack: content, unbreakable: true });
		else out.push(...content);
	}
	return out;
}

const ASCII = /^[\x20-\x7e]*$/;

export function pdfInfo(model: ReportModel): PdfInfo {
	const { meta } = model;
	const keywords = [
		reportIdKeyword(meta.reportId),
		`mamori-report-type:${meta.type}`,
		`mamori-snapshot-sha256:${meta.snapshotSha256}`,
		...(meta.manifestSha256 ? [`${MANIFEST_KEYWORD_PREFIX}${meta.manifestSha256}`] : [])
	].join(' ');
	// Keywords stay ASCII so pdfkit writes them as a plain literal string that
	// extract-id.ts (and any other tool) can find without decoding.
	if (!ASCII.test(keywords)) throw new Error(`PDF keywords must be ASCII: ${keywords}`);
	return {
		title: `${meta.title} — ${meta.organisationName} ${meta.fiscalYearLabel}`,
		author: 'mamori',
		subject: `${meta.title} · ${meta.organisationName} · ${meta.sectorName} · ${meta.fiscalYearLabel}`,
		keywords,
		creator: 'mamori',
		producer: 'mamori report engine (pdfmake 0.3)',
		createdAt: meta.generatedAt
	};
}

export function runningSpec(model: ReportModel, strings: EngineStrings): RunningSpec {
	const { meta } = model;
	return {
		// a brief report has no cover page: its first page carries the header and footer too
		firstPage: model.layout === 'brief' ? 1 : 2,
		headerLeft: `${meta.organisationName} · ${meta.fiscalYearLabel}`,
		headerRight: meta.statusLabel
			? `${meta.title} · ${meta.statusLabel}`
			: meta.status === 'draft'
				? `${meta.title} · ${strings.statusName.draft}`
				: meta.title,
		footerLines: [
			`${strings.reportId}: ${meta.reportId}　·　${strings.generatedAt}: ${formatDateTime(meta.generatedAt, meta.language)}`,
			`${strings.snapshotSha256}: ${shortHash(meta.snapshotSha256, 24)}`
		],
		pageTemplate: strings.page(1234567, 7654321).replace('1234567', '{page}').replace('7654321', '{pages}'),
		font: FONT_FAMILY,
		fontSize: 7,
		color: COLORS.muted,
		ruleColor: COLORS.rule,
		marginX: PAGE.marginX
	};
}

export function reportToPdfSpec(model: ReportModel): PdfRenderSpec {
	const strings = engineStrings(model.meta.language);
	const brief = model.layout === 'brief';
	const content: PdfContent[] = brief
		? coverPage(model.meta, strings, true)
		: [...coverPage(model.meta, strings), tableOfContents(strings)];
	model.sections.forEach((section, i) => {
		const flowing = brief && (i === 0 || section.newPage === false);
		content.push(...sectionContent(brief && i === 0 ? { ...section, newPage: false } : section, strings, flowing));
	});
	content.push(
		...sectionTitle({ id: VERIFICATION_SECTION_ID, title: strings.verificationTitle, blocks: [] }, !brief),
		...verificationSection(model.meta, strings)
	);
	return {
		doc: {
			pageSize: 'A4',
			pageOrientation: 'portrait',
			pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
			content,
			styles: STYLES,
			defaultStyle: DEFAULT_STYLE,
			language: model.meta.language === 'ja' ? 'ja-JP' : 'en',
			compress: true,
			...(model.meta.status === 'draft' && model.meta.statusLabel === undefined
				? { watermark: { text: strings.draftWatermark, color: COLORS.watermark, opacity: 0.09, bold: true, fontSize: 78 } }
				: {})
		},
		running: runningSpec(model, strings),
		info: pdfInfo(model)
	};
}
