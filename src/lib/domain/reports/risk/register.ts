/** The register and per-risk detail sections of the risk report. Pure. */
import { needsDecision } from '../../risks/acceptance';
import { ANSWER_STATUS_LABELS, type AnswerStatus } from '../../selfcheck/answers';
import type { Block, Cell, RichText, Section } from '../model';
import type { RiskContext, RiskRow } from './context';

function treatment(ctx: RiskContext, row: RiskRow): string {
	return row.treatment ? ctx.s.treatments[row.treatment] : ctx.s.treatments.none;
}

export function registerSection(ctx: RiskContext): Section {
	const { s } = ctx;
	const rows: Cell[][] = ctx.rows.map((row) => {
		const content = row.levels.version?.content ?? null;
		return [
			row.ref,
			{
				text: [
					{ text: row.title, bold: true },
					{ text: `\n${ctx.category(row.source)}`, muted: true, small: true }
				]
			},
			ctx.levelCell(content, row.levels.current ?? row.levels.inherent, row.analysis.current ?? row.analysis.inherent),
			ctx.levelCell(content, row.levels.target, row.analysis.target),
			treatment(ctx, row),
			{
				text: row.status === 'closed' ? `${s.closed}: ${row.source.closedReason}` : s.decisions[row.decision],
				tone: needsDecision(row.decision) || row.decision === 'treatment_required' ? 'danger' : undefined
			},
			row.source.owner
		];
	});
	return {
		id: 'register',
		title: s.section.register,
		blocks: [
			{ kind: 'paragraph', text: s.registerIntro },
			{ kind: 'table', header: s.registerHeader, widths: [36, '*', 62, 62, 46, 58, 58], rows, dense: true, emptyText: s.none }
		]
	};
}

function itemsText(ctx: RiskContext, row: RiskRow): RichText {
	const items = row.source.controlItems;
	if (items.length === 0) return ctx.s.noItems;
	return items.flatMap((item, k) => {
		const status = item.status === 'not_in_selfcheck' ? ctx.s.notInSelfcheck : ANSWER_STATUS_LABELS[item.status as AnswerStatus][ctx.lang];
		return [
			{ text: `${k ? '\n' : ''}${item.key.split(':')[1]} ${item.title}: ` },
			{ text: status, bold: true, tone: item.status === 'not_implemented' ? ('danger' as const) : undefined }
		];
	});
}

export function detailsSection(ctx: RiskContext): Section {
	const { s } = ctx;
	const blocks: Block[] = ctx.rows
		.filter((row) => row.status === 'open')
		.flatMap((row): Block[] => {
			const r = row.source;
			const concerns = [...r.services, ...r.systems, ...r.dependencies].map((id) => ctx.names.get(id) ?? id).join('、');
			return [
				{ kind: 'heading', level: 3, text: `${row.ref} ${row.title}`, keepWithNext: true },
				{
					kind: 'keyValue',
					keyWidth: 110,
					rows: [
						{ key: s.detailRows.threat, value: `${ctx.category(r)}${r.threat ? ` · ${ctx.threat(r.threat)}` : ''}` },
						{ key: s.detailRows.scenario, value: r.scenario || '—' },
						{ key: s.detailRows.concerns, value: concerns || '—' },
						{ key: s.detailRows.owner, value: r.owner },
						{ key: s.detailRows.controls, value: r.controls || '—' },
						{ key: s.detailRows.items, value: itemsText(ctx, row) },
						{ key: s.detailRows.plan, value: r.treatmentPlan || '—' },
						{ key: s.detailRows.version, value: row.levels.version ? s.versionLabel(row.levels.version.version) : '—' }
					]
				}
			];
		});
	return { id: 'details', title: s.section.details, blocks: blocks.length ? blocks : [{ kind: 'paragraph', text: s.none }] };
}
