import { defineMessages } from '../define';

/** The mapped-answer note of the answering page (a part of crosswalks, in its own module so that page does not ship the checklist pages' "what changed" messages). */
export const crosswalksMapped = defineMessages(
	{
		mappedTitle: '対応表により前年度の回答から引き継ぎました',
		mappedNotice: (n: number) =>
			`うち ${n} 件は、版の改訂に伴い対応表に従って新しい項目へ移したものです（各項目に引継ぎ元を示しています）。`,
		mappedSource: (checklist: string, version: string, item: string, status: string) => `${checklist} ${version} 版の ${item}（${status}）`,
		sameId: '同じ項目 ID の回答',
		weakest: '複数の回答から引き継いだため、最も実施の程度が低い回答を採りました。内容を確かめてください。'
	},
	{
		mappedTitle: 'Carried over from last year’s answers through a crosswalk',
		mappedNotice: (n: number) =>
			`${n} of them moved to new items through the crosswalk of the new edition (each item shows where it came from).`,
		mappedSource: (checklist: string, version: string, item: string, status: string) =>
			`${item} of ${checklist} edition ${version} (${status})`,
		sameId: 'the answer to the same item id',
		weakest: 'This answer came from several answers, so the least implemented one was taken. Check it.'
	}
);
