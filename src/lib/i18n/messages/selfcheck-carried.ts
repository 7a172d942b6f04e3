import { defineMessages } from '../define';

/** The notice of answers carried over from the previous year (start.carried): on the answering page, without the rest of the start form's messages. */
export const selfcheckCarried = defineMessages(
	{
		carried: (n: number) => `前年度から ${n} 件の回答を引き継ぎました。「前年度から引継ぎ」の項目を確認してください。`
	},
	{
		carried: (n: number) => `${n} answers were carried over from the previous year. Please confirm the items marked “carried over”.`
	}
);
