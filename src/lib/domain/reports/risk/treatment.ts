/** Treatment plan, acceptances and "changes since last year" sections of the risk report. Pure. */
import { validThrough } from '../../risks/dates';
import { isOverdue } from '../../risks/forms';
import { riskLevel } from '../../risks/criteria';
import { formatDate, formatDateTime, shortHash } from '../format';
import type { Block, Cell, Section } from '../model';
import type { RiskContext } from './context';

export function treatmentSection(ctx: RiskContext): Section {
	const { s } = ctx;
	const order = new Map(ctx.rows.map((r, k) => [r.id, k]));
	const actions = [...ctx.snap.actions].sort(
		(a, b) => (order.get(a.risk) ?? 0) - (order.get(b.risk) ?? 0) || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9')
	);
	const rows: Cell[][] = actions.map((a) => {
		const late = isOverdue({ status: a.status, due_date: a.dueDate ?? '' }, ctx.now);
		return [
			ctx.byId.get(a.risk)?.ref ?? '',
			a.plans?.length
				? {
						text: [
							{ text: a.title },
							{ text: `\n${s.actionPlans}: ${a.plans.map((p) => p.title || s.planKinds[p.kind]).join('、')}`, small: true, muted: true }
						]
					}
				: a.title,
			a.owner,
			{
				text: a.dueDate ? `${formatDate(a.dueDate, ctx.lang)}${late ? `\n${s.overdue}` : ''}` : '—',
				tone: late ? 'danger' : undefined,
				bold: late
			},
			a.status === 'done' && a.completedOn
				? `${s.actionStatuses.done} (${formatDate(a.completedOn, ctx.lang)})`
				: s.actionStatuses[a.status]
		];
	});
	return {
		id: 'treatment',
		title: s.section.treatment,
		blocks: [
			{ kind: 'paragraph', text: s.actionsIntro },
			{ kind: 'table', header: s.actionsHeader, widths: [40, '*', 80, 70, 70], rows, dense: true, emptyText: s.noActions }
		]
	};
}

export function acceptancesSection(ctx: RiskContext): Section {
	const { s } = ctx;
	const rows: Cell[][] = ctx.snap.acceptances.map((a) => [
		ctx.riskName(a.risk),
		{
			text: s.acceptanceStatuses[a.status],
			tone: a.status === 'signed' ? 'success' : a.status === 'expired' || a.status === 'revoked' ? 'danger' : undefined
		},
		formatDate(validThrough(a.expiresAt), ctx.lang),
		`${a.requestedBy}\n${formatDate(a.requestedAt.slice(0, 10), ctx.lang)}`,
		a.approval
			? `${a.approval.signerName}\n${formatDateTime(a.approval.signedAt, ctx.lang)}`
			: a.decision
				? `${a.decision.by}\n${a.decision.comment}`
				: '—',
		{ text: [{ text: a.approval ? shortHash(a.approval.contentSha256, 24) : '—', small: true }] }
	]);
	return {
		id: 'acceptances',
		title: s.section.acceptances,
		blocks: [
			{ kind: 'paragraph', text: s.acceptancesIntro },
			{ kind: 'table', header: s.acceptancesHeader, widths: ['*', 56, 62, 70, 86, 80], rows, dense: true, emptyText: s.noAcceptances }
		]
	};
}

export function changesSection(ctx: RiskContext): Section {
	const { s, snap } = ctx;
	const start = snap.fiscalYearStart;
	const jst = (iso: string) => new Date(Date.parse(iso) + 9 * 3600 * 1000).toISOString().slice(0, 10);
	// a risk reviewed before the year began existed then, whenever its record was entered
	const created = ctx.rows.filter((r) => jst(r.source.created) >= start && !r.source.baseline);
	const closed = ctx.rows.filter((r) => r.status === 'closed' && jst(r.source.updated) >= start);
	const versions = new Map(snap.criteria.map((c) => [c.id, c.content]));
	const changed = ctx.rows.flatMap((r) => {
		const base = r.source.baseline;
		if (!base?.current || !r.analysis.current || r.status === 'closed') return [];
		const beforeContent = versions.get(base.criteria) ?? null;
		const before = beforeContent ? riskLevel(beforeContent, base.current.likelihood, base.current.impact) : null;
		const now = r.levels.current;
		if (before === null || now === null || (base.criteria === r.analysis.criteria && before === now)) return [];
		return [{ row: r, beforeContent, before, now, up: now > before }];
	});
	const list = (title: string, rows: typeof created): Block[] => [
		{ kind: 'heading', level: 3, text: `${title} (${rows.length})`, keepWithNext: true },
		{
			kind: 'table',
			header: [s.changesHeader[0], s.changesHeader[1]],
			widths: [40, '*'],
			rows: rows.map((r) => [r.ref, r.title]),
			emptyText: s.noChanges,
			dense: true
		}
	];
	return {
		id: 'changes',
		title: s.section.changes,
		blocks: [
			{ kind: 'paragraph', text: s.changesIntro(formatDate(start, ctx.lang)) },
			...list(s.newRisks, created),
			...list(s.closedRisks, closed),
			{ kind: 'heading', level: 3, text: `${s.levelChanges} (${changed.length})`, keepWithNext: true },
			{
				kind: 'table',
				header: s.changesHeader,
				widths: [40, '*', 100, 100],
				dense: true,
				emptyText: s.noChanges,
				rows: changed.map((c) => [
					c.row.ref,
					`${c.row.title} (${c.up ? s.up : s.down})`,
					ctx.levelCell(c.beforeContent, c.before, c.row.source.baseline?.current ?? null),
					ctx.levelCell(c.row.levels.version?.content ?? null, c.now, c.row.analysis.current)
				])
			},
			{ kind: 'paragraph', variant: 'muted', text: s.noBaseline }
		]
	};
}
