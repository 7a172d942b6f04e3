import { defineMessages } from '../define';
import { crosswalksMapped } from './crosswalks-mapped';

/** Editions and crosswalks: the mapped-answer note on the answering page and the "what changed" list of the checklist pages. */
export const crosswalks = defineMessages(
	{
		mappedTitle: crosswalksMapped.ja.mappedTitle,
		mappedNotice: crosswalksMapped.ja.mappedNotice,
		mappedSource: crosswalksMapped.ja.mappedSource,
		sameId: crosswalksMapped.ja.sameId,
		weakest: crosswalksMapped.ja.weakest,
		changesTitle: (from: string) => `${from} 版からの変更`,
		changesLead:
			'新しい版で項目 ID が変わった項目です。前年度の自己検証から引き継ぐとき、回答はこの対応表に従って新しい項目へ移り、「引継ぎ（未確認）」として確認を求めます。記載のない項目は ID と趣旨が同じです。',
		kind: '変更',
		before: '旧版の項目',
		after: '新版の項目',
		note: '説明',
		none: '（後継の項目なし）',
		crosswalkFile: '対応表',
		relatedLead: (checklist: string) =>
			`この版の項目と ${checklist} の管理策のうち、同じことを求めるものの対応です。mamori による対応付けで、公式の文書ではありません。このカタログを ID「${checklist}」で取り込むと、自己検証の引継ぎにも使われます。`,
		ours: 'この版の項目',
		theirs: '対応する管理策',
		movedTitle: (from: string, to: string, toVersion: string) => `${from} 版から「${to}」${toVersion} 版へ移った項目`
	},
	{
		mappedTitle: crosswalksMapped.en.mappedTitle,
		mappedNotice: crosswalksMapped.en.mappedNotice,
		mappedSource: crosswalksMapped.en.mappedSource,
		sameId: crosswalksMapped.en.sameId,
		weakest: crosswalksMapped.en.weakest,
		changesTitle: (from: string) => `Changes since edition ${from}`,
		changesLead:
			'Items whose ids changed in the new edition. When a self-check is carried forward from last year, answers move to the new items as this crosswalk says and are marked carried over until someone confirms them. Items not listed keep their id and meaning.',
		kind: 'Change',
		before: 'Old items',
		after: 'New items',
		note: 'Explanation',
		none: '(no successor)',
		crosswalkFile: 'Crosswalk',
		relatedLead: (checklist: string) =>
			`Items of this edition and the controls of ${checklist} that ask the same thing. This is mamori's mapping, not an official document. Import that catalog under the id “${checklist}” and carry-forward uses it too.`,
		ours: 'Items of this edition',
		theirs: 'Matching controls',
		movedTitle: (from: string, to: string, toVersion: string) => `Items that moved from edition ${from} to “${to}” ${toVersion}`
	}
);
