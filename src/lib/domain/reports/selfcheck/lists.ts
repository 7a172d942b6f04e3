/** The self-check report's list sections: gaps, justifications, review comments, sign-off. Pure. */
import type { AnswerStatus } from '../../selfcheck/answers';
import { formatDate, formatDateTime } from '../format';
import type { Cell, Section } from '../model';
import { STATUS_TONES, type ReportContext } from './context';
import type { SnapshotItem } from './snapshot';

const GAP_ORDER: AnswerStatus[] = ['not_implemented', 'unanswered', 'partial'];

/** The target date as shown, and whether it has passed by the report date (JST calendar dates). */
function targetDate(ctx: ReportContext, date: string | null): Cell {
	if (date === null) return { text: [{ text: ctx.s.notSet, muted: true }] };
	const reportDay = formatIsoDay(ctx.snap.generatedAt);
	const shown = formatDate(date, ctx.lang);
	if (date < reportDay)
		return {
			text: [
				{ text: shown, tone: 'danger', bold: true },
				{ text: `\n${ctx.s.overdue}`, tone: 'danger', small: true }
			]
		};
	return shown;
}

/** YYYY-MM-DD of an instant in Japan time. */
function formatIsoDay(iso: string): string {
	const d = new Date(Date.parse(iso) + 9 * 3600 * 1000);
	return d.toISOString().slice(0, 10);
}

export function gapsSection(ctx: ReportContext): Section {
	const { s } = ctx;
	const gaps = ctx.counted
		.map((item, index) => ({ item, index }))
		.filter(({ item }) => GAP_ORDER.includes(item.answer.status))
		.sort(
			(a, b) =>
				Number(a.item.classification === 'reference') - Number(b.item.classification === 'reference') ||
				GAP_ORDER.indexOf(a.item.answer.status) - GAP_ORDER.indexOf(b.item.answer.status) ||
				a.index - b.index
		)
		.map(({ item }) => item);
	return {
		id: 'gaps',
		title: s.section.gaps,
		blocks: [
			{ kind: 'paragraph', text: s.gapsIntro },
			{
				kind: 'table',
				header: [...s.gapsHeader],
				widths: [54, '*', 58, 58, 74, 66],
				dense: true,
				emptyText: s.noGaps,
				rows: gaps.map((item) => [
					{ text: item.itemId, bold: true },
					ctx.t(item.title),
					ctx.kindLabel(item),
					{ text: ctx.statusLabel(item.answer.status), tone: STATUS_TONES[item.answer.status], bold: true },
					item.answer.owner.trim() === '' ? { text: [{ text: s.notSet, muted: true }] } : item.answer.owner,
					targetDate(ctx, item.answer.targetDate)
				])
			}
		]
	};
}

/** Reference items this self-check does not adopt, with the reasons: listed, never counted as gaps. */
export function notAdoptedSection(ctx: ReportContext): Section {
	const { s } = ctx;
	const legacy = ctx.snap.assessment.referenceAdoption === 'all';
	return {
		id: 'not-adopted',
		title: s.section.notAdopted,
		blocks: legacy
			? [{ kind: 'callout', tone: 'info', text: s.notAdoptedLegacy }]
			: [
					{ kind: 'paragraph', text: s.notAdoptedIntro },
					{
						kind: 'table',
						header: [...s.notAdoptedHeader],
						widths: [54, '*', 170],
						dense: true,
						emptyText: s.noNotAdopted,
						rows: ctx.notAdopted.map((item) => [
							{ text: item.itemId, bold: true },
							ctx.t(item.title),
							item.adoption?.reason.trim() ? item.adoption.reason : { text: [{ text: s.noReasonGiven, muted: true }] }
						])
					}
				]
	};
}

export function justificationsSection(ctx: ReportContext): Section {
	const { s } = ctx;
	const items = ctx.counted.filter((i) => i.answer.status === 'not_applicable' || i.answer.status === 'alternative');
	return {
		id: 'justifications',
		title: s.section.justifications,
		blocks: [
			{ kind: 'paragraph', text: s.justificationsIntro },
			{
				kind: 'table',
				header: [...s.justificationsHeader],
				widths: [54, 130, 62, '*'],
				dense: true,
				emptyText: s.noJustifications,
				rows: items.map((item: SnapshotItem) => [
					{ text: item.itemId, bold: true },
					ctx.t(item.title),
					{ text: ctx.statusLabel(item.answer.status), tone: STATUS_TONES[item.answer.status], bold: true },
					item.answer.justification.trim() === '' ? { text: [{ text: s.notSet, muted: true }] } : item.answer.justification
				])
			}
		]
	};
}

export function commentsSection(ctx: ReportContext): Section {
	const { s } = ctx;
	const comments = ctx.snap.comments
		.map((c, index) => ({ c, index }))
		.sort((a, b) => Date.parse(a.c.createdAt) - Date.parse(b.c.createdAt) || a.index - b.index)
		.map(({ c }) => c);
	return {
		id: 'comments',
		title: s.section.comments,
		blocks: [
			{
				kind: 'table',
				header: [...s.commentsHeader],
				widths: [78, 84, 50, '*'],
				dense: true,
				emptyText: s.noComments,
				rows: comments.map((c) => [
					formatDateTime(c.createdAt, ctx.lang),
					{
						text: [
							{ text: c.authorName, bold: true },
							{ text: `\n${s.roles[c.role] ?? c.role}`, muted: true }
						]
					},
					c.itemId ?? s.commentGeneral,
					c.body
				])
			}
		]
	};
}

export function signoffSection(ctx: ReportContext): Section {
	const { s, snap } = ctx;
	const signoff = snap.signoff;
	return {
		id: 'signoff',
		title: s.section.signoff,
		blocks: signoff
			? [
					{ kind: 'paragraph', text: s.signoffIntro },
					{
						kind: 'signature',
						signature: {
							signerName: signoff.signerName,
							signedAt: formatDateTime(signoff.signedAt, ctx.lang),
							contentSha256: signoff.contentSha256
						}
					},
					...(signoff.statement
						? [
								{ kind: 'heading', level: 3, text: s.statementTitle, keepWithNext: true } as const,
								{ kind: 'paragraph', text: signoff.statement } as const
							]
						: [])
				]
			: [
					{ kind: 'signature', signature: null },
					{ kind: 'paragraph', variant: 'muted', text: s.unsignedStatus(s.assessmentStatus[snap.assessment.status]) }
				]
	};
}
