/** The engine's own pages: the cover and the closing verification section. Pure. */
import type { ReportMeta } from '../model';
import { formatDateTime, groupedHash } from '../format';
import type { EngineStrings } from '../i18n';
import { callout } from './blocks';
import { COLORS, CONTENT_WIDTH, PAGE, TONES } from './theme';
import type { PdfContent, PdfTableCell } from './types';

function row(key: string, value: string, extra: Record<string, unknown> = {}): PdfTableCell[] {
	return [
		{ text: key, style: 'kvKey', fontSize: 9 },
		{ text: value, fontSize: 9.5, ...extra }
	];
}

/** The cover page; `brief`: the same facts as the head of the first page (no page of its own). */
export function coverPage(meta: ReportMeta, s: EngineStrings, brief = false): PdfContent[] {
	// a type's own final status (statusLabel) reads as settled, like a signed report
	const signed = meta.status === 'signed' || meta.statusLabel !== undefined;
	const statusTone = signed ? TONES.success : TONES.warning;
	const statusName = meta.statusLabel ?? s.statusName[meta.status];
	const rows: PdfTableCell[][] = [
		row(s.organisation, meta.organisationName, { bold: true }),
		row(s.sector, meta.sectorName),
		row(s.fiscalYear, meta.fiscalYearLabel)
	];
	if (meta.fiscalYearPeriod) rows.push(row(s.period, meta.fiscalYearPeriod));
	rows.push(
		row(s.status, statusName, { bold: true, color: statusTone.strong }),
		row(s.generatedAt, formatDateTime(meta.generatedAt, meta.language)),
		row(s.reportId, meta.reportId, { bold: true }),
		row(s.snapshotSha256, groupedHash(meta.snapshotSha256), { fontSize: 8 })
	);
	return [
		{
			canvas: [
				{ type: 'rect', x: 0, y: 0, w: CONTENT_WIDTH, h: 4, color: COLORS.navy },
				{ type: 'rect', x: 0, y: 4, w: CONTENT_WIDTH * 0.3, h: 2, color: COLORS.accent }
			],
			margin: brief ? [0, 0, 0, 10] : [0, 40, 0, 18]
		},
		{ text: 'mamori（守り）', fontSize: 10, bold: true, color: COLORS.accent, characterSpacing: 1 },
		{ text: meta.title, fontSize: brief ? 20 : 26, bold: true, color: COLORS.navy, margin: [0, brief ? 6 : 10, 0, 6], lineHeight: 1.1 },
		{ text: meta.organisationName, fontSize: brief ? 13 : 15, color: COLORS.ink, margin: [0, 0, 0, 2] },
		{
			text: meta.fiscalYearPeriod ? `${meta.fiscalYearLabel}（${meta.fiscalYearPeriod}）` : meta.fiscalYearLabel,
			fontSize: brief ? 10.5 : 12,
			color: COLORS.muted,
			margin: [0, 0, 0, brief ? 12 : 40]
		},
		...(brief ? [] : [{ table: { widths: [130, '*'], body: rows }, layout: 'mamoriRows', margin: [0, 0, 0, 24] } satisfies PdfContent]),
		signed
			? callout('success', statusName, meta.statusNotice ?? s.signedNotice)
			: callout('warning', statusName, meta.statusNotice ?? s.draftNotice),
		...(brief ? [] : [footer(s)])
	];
}

/** The cover's foot line: confidentiality and who produced the report. */
function footer(s: EngineStrings): PdfContent {
	return {
		stack: [
			{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }] },
			{
				columns: [
					{ text: s.confidential, width: '*' },
					{ text: s.producedBy, width: 'auto', alignment: 'right' }
				],
				fontSize: 8,
				color: COLORS.muted,
				margin: [0, 4, 0, 0]
			}
		],
		absolutePosition: { x: PAGE.marginX, y: PAGE.height - PAGE.marginBottom - 24 }
	};
}

export function tableOfContents(s: EngineStrings): PdfContent {
	return {
		toc: {
			title: { text: s.contents, style: 'tocTitle' },
			numberStyle: { fontSize: 9, color: COLORS.muted },
			outlines: true
		},
		pageBreak: 'before'
	};
}

export function verificationSection(meta: ReportMeta, s: EngineStrings): PdfContent[] {
	return [
		{ text: s.verificationIntro, style: 'body' },
		{ ol: s.verificationSteps.map((step) => ({ text: step, margin: [0, 0, 0, 3] })), margin: [4, 0, 0, 10] },
		{
			table: {
				widths: [130, '*'],
				body: [
					row(s.reportId, meta.reportId, { bold: true }),
					row(s.snapshotSha256, meta.snapshotSha256, { fontSize: 8 }),
					row(s.generatedAt, formatDateTime(meta.generatedAt, meta.language))
				]
			},
			layout: 'mamoriRows',
			margin: [0, 0, 0, 8]
		},
		{ text: s.pdfSha256Note, style: 'muted' }
	];
}
