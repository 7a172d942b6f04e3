import { defineMessages } from '../define';

/** The 参考事項 adoption panel of a self-check (src/routes/orgs/[org]/selfcheck/[assessment]/AdoptionPanel.svelte). */
export const adoption = defineMessages(
	{
		title: '参考事項の採否',
		lead: '参考事項は、より進んだ対策として各組織が採否を判断する項目です。採用した参考事項だけが回答の対象になり、集計と課題一覧に入ります。採用しない項目は報告書に「採用しない参考事項」として理由とともに示されます。',
		summary: (adopted: number, total: number) => `参考事項 ${total} 項目のうち ${adopted} 項目を採用`,
		none: 'この自己検証のチェックリストには参考事項がありません。',
		legacy:
			'この自己検証は参考事項の採否を記録する前に開始されたため、すべての参考事項を採用したものとして集計しています。採否は次の自己検証から記録できます。',
		adopt: '採用する',
		reason: '理由（任意）',
		reasonHelp: '採用する・しない判断の理由を残しておくと、監査人や次年度の担当者に伝わります。',
		carried: '引継ぎ',
		carriedCount: (n: number) => `${n} 項目の採否は前年度の判断を引き継いだものです。変更すると引継ぎの印は外れます。`,
		adopted: '採用',
		notAdopted: '採用しない',
		save: '採否を保存',
		saved: (n: number) => (n === 0 ? '変更はありませんでした。' : `${n} 項目の採否を保存しました。`),
		failed: '採否を保存できませんでした。',
		readOnly: '採否を変更できるのは、作成中の自己検証のセキュリティ担当です。',
		adoptAll: 'すべて採用',
		adoptNone: 'すべて採用しない',
		open: (n: number) => `参考事項の採否を見る（${n} 項目）`
	},
	{
		title: 'Reference items: adopt or not',
		lead: 'Reference items are further measures each organisation decides whether to adopt. Only adopted reference items are asked, scored and listed as gaps. Those not adopted appear in the report as "reference items not adopted", with the reason.',
		summary: (adopted: number, total: number) => `${adopted} of ${total} reference items adopted`,
		none: 'The checklists of this self-check have no reference items.',
		legacy:
			'This self-check was started before reference-item adoption was recorded, so every reference item is counted as adopted. Adoption can be recorded from the next self-check on.',
		adopt: 'Adopt',
		reason: 'Reason (optional)',
		reasonHelp: 'A reason for adopting or not tells auditors and next year’s team why.',
		carried: 'Carried over',
		carriedCount: (n: number) => `${n} decisions were carried over from the previous self-check. Changing one removes its mark.`,
		adopted: 'Adopted',
		notAdopted: 'Not adopted',
		save: 'Save adoption',
		saved: (n: number) => (n === 0 ? 'Nothing changed.' : `Saved the adoption of ${n} item${n === 1 ? '' : 's'}.`),
		failed: 'The adoption could not be saved.',
		readOnly: 'Only the security team can change adoption, while the self-check is a draft.',
		adoptAll: 'Adopt all',
		adoptNone: 'Adopt none',
		open: (n: number) => `Show reference-item adoption (${n} items)`
	}
);
