import { defineMessages } from '../define';

/** Editions and crosswalks: the mapped-answer note on the answering page and the "what changed" list of the checklist pages. */
export const crosswalks = defineMessages(
	{
		mappedTitle: '対応表により前年度の回答から引き継ぎました',
		mappedNotice: (n: number) =>
			`うち ${n} 件は、版の改訂に伴い対応表に従って新しい項目へ移したものです（各項目に引継ぎ元を示しています）。`,
		mappedSource: (checklist: string, version: string, item: string, status: string) => `${checklist} ${version} 版の ${item}（${status}）`,
		sameId: '同じ項目 ID の回答',
		weakest: '複数の回答から引き継いだため、最も実施の程度が低い回答を採りました。内容を確かめてください。',
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
		mappedTitle: 'Carried over from last year’s answers through a crosswalk',
		mappedNotice: (n: number) =>
			`${n} of them moved to new items through the crosswalk of the new edition (each item shows where it came from).`,
		mappedSource: (checklist: string, version: string, item: string, status: string) =>
			`${item} of ${checklist} edition ${version} (${status})`,
		sameId: 'the answer to the same item id',
		weakest: 'This answer came from several answers, so the least implemented one was taken. Check it.',
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
