/** Messages about answers carried over from the previous year and not confirmed yet (progress, submit and sign warnings). */
import { defineMessages } from '../define';

export const selfcheckProgress = defineMessages(
	{
		unconfirmed: {
			progress: (confirmed: number, unconfirmed: number, total: number) =>
				`${total} 項目中 ${confirmed} 項目に回答済み・前年度からの引継ぎで未確認 ${unconfirmed} 項目`,
			progressShort: (confirmed: number, unconfirmed: number, total: number) =>
				`${total} 項目中 ${confirmed} 項目に回答・未確認 ${unconfirmed}`,
			submitWarning: (n: number) =>
				`前年度から引き継いだまま確認されていない回答が ${n} 件あります。確認しないまま提出すると、前年度の回答がそのまま今年度の回答として扱われます。`,
			submitConfirm: (n: number) => `未確認の引継ぎ回答が ${n} 件あります。確認しないまま提出しますか？`,
			signWarning: (n: number) =>
				`前年度から引き継いだまま今年度確認されていない回答が ${n} 件あります。署名すると、これらの回答も今年度の回答として承認することになります。`,
			signConfirm: (n: number) => `未確認の引継ぎ回答 ${n} 件を含めて署名しますか？`,
			show: '未確認の項目を表示'
		}
	},
	{
		unconfirmed: {
			progress: (confirmed: number, unconfirmed: number, total: number) =>
				`${confirmed} of ${total} items answered; ${unconfirmed} carried over from last year and not confirmed`,
			progressShort: (confirmed: number, unconfirmed: number, total: number) =>
				`${confirmed} of ${total} answered, ${unconfirmed} unconfirmed`,
			submitWarning: (n: number) =>
				`${n} answer${n === 1 ? ' was' : 's were'} carried over from last year and not confirmed. Submitted as they are, last year’s answers count as this year’s.`,
			submitConfirm: (n: number) => `${n} carried-over answer${n === 1 ? ' is' : 's are'} not confirmed. Submit anyway?`,
			signWarning: (n: number) =>
				`${n} answer${n === 1 ? ' was' : 's were'} carried over from last year and not confirmed this year. Signing approves them as this year’s answers too.`,
			signConfirm: (n: number) => `Sign including ${n} unconfirmed carried-over answer${n === 1 ? '' : 's'}?`,
			show: 'Show the unconfirmed items'
		}
	}
);
