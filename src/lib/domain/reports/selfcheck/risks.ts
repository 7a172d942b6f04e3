/**
 * The self-check report's "risks relying on items" section: for each item
 * that open risks of the register rely on (their controls or treatment
 * actions), its answer and those risks — so a gap shows what it exposes.
 * Pure; strings kept here (both languages).
 */
import type { Section } from '../model';
import { STATUS_TONES, type ReportContext } from './context';

const STRINGS = {
	ja: {
		title: 'リスクとの関係',
		intro: 'リスク台帳のリスクが、今ある管理策やリスク対応の措置の拠りどころにしている項目と、その回答です。',
		header: ['項目', '回答', 'この項目に拠るリスク'],
		none: 'リスク台帳で項目に拠っているリスクはありません。'
	},
	en: {
		title: 'Risks relying on items',
		intro: 'Items that risks of the register rely on (their existing controls or treatment actions), with the answer.',
		header: ['Item', 'Answer', 'Risks relying on it'],
		none: 'No risk of the register relies on an item.'
	}
} as const;

export function relyingRisksSection(ctx: ReportContext): Section {
	const s = STRINGS[ctx.lang];
	const relying = ctx.snap.relyingRisks ?? {};
	const rows = ctx.snap.items.flatMap((item) => {
		const risks = relying[`${item.checklistId}:${item.itemId}`];
		if (!risks?.length) return [];
		return [
			[
				`${item.itemId} ${ctx.t(item.title)}`,
				{ text: ctx.statusLabel(item.answer.status), tone: STATUS_TONES[item.answer.status] },
				risks.map((r) => `${r.ref} ${r.title}`).join('\n')
			]
		];
	});
	return {
		id: 'risks',
		title: s.title,
		blocks: [
			{ kind: 'paragraph', text: s.intro },
			{ kind: 'table', header: [...s.header], widths: ['*', 70, '*'], rows, dense: true, emptyText: s.none }
		]
	};
}
