/**
 * The self-check report's evidence: each item's evidence in the detail
 * section (title, effective period, revision and SHA-256, the auditor's
 * verdict, expired ones flagged), the list of all evidence with the audit
 * package's manifest hash, and the findings with their status. Pure.
 */
import { expiryState, periodLabel } from '../../evidence/dates';
import { isOverdue } from '../../evidence/review';
import type { Manifest } from '../../evidence/package';
import { formatDate } from '../format';
import type { Block, Cell, Section, TableCell, TextRun, Tone } from '../model';
import type { ReportContext } from './context';
import { EVIDENCE_STRINGS } from './evidence-i18n';
import type { SnapshotEvidence, SnapshotFinding, SnapshotItem } from './snapshot';

export const VERDICT_TONES: Record<SnapshotEvidence['review'], Tone> = {
	accepted: 'success',
	needs_more: 'warning',
	rejected: 'danger',
	pending: 'neutral'
};

const strings = (ctx: ReportContext) => EVIDENCE_STRINGS[ctx.lang];

/** Whether the evidence had expired on the day the report was made. */
export const isExpiredAt = (e: Pick<SnapshotEvidence, 'expiresOn'>, generatedAt: string): boolean =>
	expiryState(e.expiresOn, new Date(generatedAt)) === 'expired';

function titleCell(ctx: ReportContext, e: SnapshotEvidence): Cell {
	const runs: TextRun[] = [{ text: e.title, bold: true }];
	if (e.kind === 'link') runs.push({ text: `\n${strings(ctx).link}: ${e.url}`, small: true, muted: true });
	return { text: runs };
}

function periodCell(ctx: ReportContext, e: SnapshotEvidence): Cell {
	const s = strings(ctx);
	const period = periodLabel(e.period, ctx.lang);
	const runs: TextRun[] = [period ? { text: period } : { text: s.noPeriod, muted: true }];
	if (e.expiresOn) {
		const day = formatDate(e.expiresOn, ctx.lang);
		runs.push(
			isExpiredAt(e, ctx.snap.generatedAt)
				? { text: `\n${s.expired(day)}`, tone: 'danger', bold: true }
				: { text: `\n${s.expiresOn(day)}`, small: true, muted: true }
		);
	}
	return { text: runs };
}

function hashCell(ctx: ReportContext, e: SnapshotEvidence): Cell {
	const s = strings(ctx);
	if (!e.revision) return { text: [{ text: e.kind === 'link' ? s.link : s.noFile, muted: true }] };
	return {
		text: [{ text: `${s.revision(e.revision.number)}　${e.revision.name}` }, { text: `\n${e.revision.sha256}`, small: true }]
	};
}

function verdictCell(ctx: ReportContext, e: SnapshotEvidence): TableCell {
	return { text: strings(ctx).review[e.review], tone: VERDICT_TONES[e.review], bold: e.review !== 'pending' };
}

/** The evidence table under one item in the detail section. */
export function itemEvidenceBlocks(ctx: ReportContext, item: SnapshotItem): Block[] {
	const s = strings(ctx);
	const blocks: Block[] = [];
	if (item.answer.evidence.length > 0) {
		blocks.push({
			kind: 'table',
			header: [...s.itemHeader],
			widths: ['*', 96, 170, 56],
			dense: true,
			rows: item.answer.evidence.map((e) => [titleCell(ctx, e), periodCell(ctx, e), hashCell(ctx, e), verdictCell(ctx, e)])
		});
	}
	const findings = (ctx.snap.findings ?? []).filter((f) => f.item?.checklistId === item.checklistId && f.item.itemId === item.itemId);
	if (findings.length > 0) {
		const list = findings.map((f) => `${f.title}（${s.severity[f.severity]}・${s.status[f.status]}）`).join('　／　');
		blocks.push({
			kind: 'paragraph',
			variant: 'small',
			text: [{ text: `${s.findingsOnItem}: `, bold: true, muted: true }, { text: list }]
		});
	}
	return blocks;
}

/** Every piece of evidence once, with the manifest hash the audit package is checked against. */
export function evidenceSection(ctx: ReportContext, manifest: Manifest, manifestSha256: string): Section {
	const s = strings(ctx);
	const byId = new Map(ctx.snap.items.flatMap((item) => item.answer.evidence.map((e) => [e.id, e] as const)));
	const files = manifest.entries.filter((e) => e.path !== null).length;
	const expired = manifest.entries.filter((e) => e.expired).length;
	const notAccepted = manifest.entries.filter((e) => e.review === 'needs_more' || e.review === 'rejected').length;
	return {
		id: 'evidence',
		title: s.sectionEvidence,
		blocks: [
			{ kind: 'paragraph', text: s.evidenceIntro },
			{
				kind: 'keyValue',
				keyWidth: 150,
				rows: [
					{ key: s.manifestSha256, value: [{ text: manifestSha256, small: true }] },
					{ key: s.countKey, value: s.counts(manifest.entries.length, files) },
					{ key: s.expiredCount, value: String(expired), tone: expired > 0 ? 'danger' : undefined },
					{ key: s.notAccepted, value: String(notAccepted), tone: notAccepted > 0 ? 'warning' : undefined }
				]
			},
			{
				kind: 'table',
				header: [...s.evidenceHeader],
				widths: ['*', 86, 160, 54, 62],
				dense: true,
				emptyText: s.noEvidence,
				rows: manifest.entries.map((entry) => {
					const e = byId.get(entry.evidenceId) as SnapshotEvidence;
					const path: TextRun[] = entry.path ? [{ text: `\n${entry.path}`, small: true, muted: true }] : [];
					const title = titleCell(ctx, e) as TableCell;
					return [
						{ text: [...(title.text as TextRun[]), ...path] },
						periodCell(ctx, e),
						hashCell(ctx, e),
						verdictCell(ctx, e),
						entry.links.map((l) => l.split('/').slice(1).join('/')).join('\n')
					];
				})
			}
		]
	};
}

function targetOf(ctx: ReportContext, f: SnapshotFinding, titles: Map<string, string>): string {
	if (f.item) {
		const item = ctx.snap.items.find((i) => i.checklistId === f.item?.checklistId && i.itemId === f.item.itemId);
		return item ? `${item.itemId}　${ctx.t(item.title)}` : f.item.itemId;
	}
	return strings(ctx).onEvidence(titles.get(f.evidenceId ?? '') ?? '');
}

export function findingsSection(ctx: ReportContext): Section {
	const s = strings(ctx);
	const titles = new Map(ctx.snap.items.flatMap((item) => item.answer.evidence.map((e) => [e.id, e.title] as const)));
	const day = ctx.snap.generatedAt;
	return {
		id: 'findings',
		title: s.sectionFindings,
		blocks: [
			{ kind: 'paragraph', text: s.findingsIntro },
			{
				kind: 'table',
				header: [...s.findingsHeader],
				widths: ['*', 130, 40, 64, 62],
				dense: true,
				emptyText: s.noFindings,
				rows: (ctx.snap.findings ?? []).map((f) => {
					const overdue = isOverdue(f.dueDate, f.status === 'closed', new Date(day));
					const due: Cell = f.dueDate
						? {
								text: overdue
									? [
											{ text: formatDate(f.dueDate, ctx.lang), tone: 'danger', bold: true },
											{ text: `\n${s.overdue}`, tone: 'danger', small: true }
										]
									: formatDate(f.dueDate, ctx.lang)
							}
						: { text: [{ text: s.noDue, muted: true }] };
					return [
						{ text: [{ text: f.title, bold: true }, ...(f.response ? [{ text: `\n${f.response}`, small: true, muted: true }] : [])] },
						targetOf(ctx, f, titles),
						s.severity[f.severity],
						{ text: s.status[f.status], tone: f.status === 'closed' ? 'success' : 'warning', bold: true },
						due
					];
				})
			}
		]
	};
}
