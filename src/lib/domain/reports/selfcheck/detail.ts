/** The self-check report's item-by-item section. Pure. */
import { allowsTargetDate } from '../../selfcheck/answers';
import { formatDate } from '../format';
import type { Block, Section, TextRun } from '../model';
import { sectionKey, STATUS_TONES, type ReportContext } from './context';
import { itemEvidenceBlocks } from './evidence';
import type { SnapshotItem } from './snapshot';

const SEP: TextRun = { text: '　｜　', muted: true };

function metaLine(ctx: ReportContext, item: SnapshotItem): TextRun[] {
	const { s } = ctx;
	const a = item.answer;
	const runs: TextRun[] = [{ text: `${s.item.classification}: `, muted: true }, { text: ctx.kindLabel(item) }, SEP];
	if (item.adoption && !item.adoption.adopted) {
		runs.push({ text: s.item.notAdopted, bold: true, muted: true });
		return runs;
	}
	runs.push({ text: `${s.item.answer}: `, muted: true }, { text: ctx.statusLabel(a.status), bold: true, tone: STATUS_TONES[a.status] });
	if (a.owner.trim() !== '') runs.push(SEP, { text: `${s.item.owner}: `, muted: true }, { text: a.owner });
	// a target date kept on an answer without a gap (answers.ts) is not shown
	if (allowsTargetDate(a.status)) {
		runs.push(SEP, { text: `${s.item.targetDate}: `, muted: true }, { text: a.targetDate ? formatDate(a.targetDate, ctx.lang) : s.notSet });
	}
	if (a.carriedOver) runs.push(SEP, { text: `※ ${s.item.carriedOver}`, bold: true, tone: 'warning' });
	return runs;
}

function itemBlocks(ctx: ReportContext, item: SnapshotItem): Block[] {
	const { s } = ctx;
	const a = item.answer;
	const blocks: Block[] = [
		{ kind: 'heading', level: 4, text: `${item.itemId}　${ctx.t(item.title)}`, keepWithNext: true },
		{ kind: 'paragraph', variant: 'small', text: metaLine(ctx, item) }
	];
	if (item.adoption && item.adoption.reason.trim() !== '') {
		blocks.push({
			kind: 'paragraph',
			variant: 'small',
			text: [{ text: `${s.item.adoptionReason}: `, bold: true, muted: true }, { text: item.adoption.reason }]
		});
	}
	if (item.adoption && !item.adoption.adopted) return blocks;
	if (a.mappedFrom && a.mappedFrom.length > 0) {
		const ja = ctx.lang === 'ja';
		const list = a.mappedFrom
			.map((m) => `${m.checklistId} ${m.version} ${m.itemId}${ja ? '（' : ' ('}${ctx.statusLabel(m.status)}${ja ? '）' : ')'}`)
			.join(ja ? '、' : ', ');
		blocks.push({ kind: 'paragraph', variant: 'small', text: [{ text: `※ ${s.item.mappedFrom(list)}`, tone: 'warning' }] });
	}
	if (a.justification.trim() !== '') {
		blocks.push({
			kind: 'paragraph',
			variant: 'small',
			text: [{ text: `${s.item.justification}: `, bold: true, muted: true }, { text: a.justification }]
		});
	}
	if (a.notes.trim() !== '') blocks.push({ kind: 'markdown', source: a.notes });
	blocks.push(...itemEvidenceBlocks(ctx, item));
	return blocks;
}

export function detailSection(ctx: ReportContext): Section {
	const { snap, s } = ctx;
	const bySection = new Map<string, SnapshotItem[]>();
	for (const item of snap.items) {
		const key = sectionKey(item.checklistId, item.sectionId);
		const list = bySection.get(key);
		if (list) list.push(item);
		else bySection.set(key, [item]);
	}
	const blocks: Block[] = [{ kind: 'paragraph', text: s.detailIntro }];
	for (const checklist of snap.assessment.checklists) {
		blocks.push({ kind: 'heading', level: 2, text: s.checklistName(ctx.t(checklist.title), checklist.version), keepWithNext: true });
		for (const section of snap.sections.filter((x) => x.checklistId === checklist.id)) {
			const items = bySection.get(sectionKey(section.checklistId, section.sectionId)) ?? [];
			const hasItemsBelow = items.length > 0 || section.depth === 0;
			if (!hasItemsBelow) continue;
			blocks.push({
				kind: 'heading',
				level: 3,
				text: `${section.sectionId}　${ctx.t(section.title)}`,
				toc: section.depth === 0,
				keepWithNext: items.length > 0
			});
			for (const item of items) blocks.push(...itemBlocks(ctx, item));
		}
	}
	return { id: 'detail', title: s.section.detail, blocks };
}
