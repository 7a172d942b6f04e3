/** Messages of starting a self-check and of its workflow (submit, return, sign, reopen). */
import { defineMessages } from '../define';
import { selfcheckCarried } from './selfcheck-carried';

export const selfcheckWorkflow = defineMessages(
	{
		start: {
			title: (fy: string) => `${fy}の自己検証を開始`,
			titleOther: 'ほかの年度の自己検証を開始',
			current: (fy: string, status: string) => `今年度（${fy}）の自己検証は${status}です。`,
			open: '開く',
			year: '年度',
			checklists: '回答するチェックリスト',
			applicableHint: '組織の分野と事業者区分に該当するライブラリのチェックリストを選択済みです。ほかのチェックリストも追加できます。',
			applicable: '該当',
			otherLibrary: 'ほかの分野・事業者区分のチェックリスト',
			imported: '取り込んだチェックリスト',
			items: (n: number) => `${n} 項目`,
			carry: (fy: string) => `${fy}の回答を引き継ぐ`,
			carryHelp: '同じチェックリストIDと項目IDの回答をコピーし、「前年度から引継ぎ」の印を付けます。確認するまで印は残ります。',
			previous: '前年度の自己検証（比較・引継ぎ元）',
			noPrevious: 'なし',
			submit: '開始する',
			chooseChecklist: 'チェックリストを1つ以上選んでください。',
			yearExists: (fy: string) => `${fy}の自己検証はすでにあります。`,
			duplicateIds: (list: string) =>
				`選んだチェックリストに同じ項目IDがあり、報告書やコメントで区別できません: ${list}。どちらかのチェックリストを外すか、取り込み直して項目IDを変えてください。`,
			carried: selfcheckCarried.ja.carried
		},
		workflow: {
			title: '手続き',
			draftHelp: 'セキュリティ担当が回答し、提出します。',
			submit: 'レビューに提出する',
			submitConfirm: '提出すると、差し戻されるまで回答は編集できません。提出しますか？',
			submittedAt: (when: string) => `${when} に提出されました。`,
			submittedHelp: '監査人がレビューし、経営層が承認・署名するか、理由を付けて差し戻します。',
			returnToDraft: '差し戻す',
			returnReason: '差し戻す理由',
			sign: '承認・署名する',
			statement: '署名に添える所見（任意）',
			signConfirm: '回答内容を確認し、この自己検証を承認します。署名後は誰も変更できません。',
			signedBy: (who: string, when: string) => `${who} が ${when} に承認・署名しました。`,
			sha: '署名した内容の SHA-256',
			locked: '署名済みの自己検証は固定され、誰も変更できません。修正が必要な場合は、理由を付けて新しい版として再開します。',
			reopen: '新しい版として再開する',
			reopenReason: '再開する理由',
			reasonRequired: '理由を入力してください。',
			failed: 'この操作はできませんでした。ページを再読み込みして状態を確認してください。'
		}
	},
	{
		start: {
			title: (fy: string) => `Start the ${fy} self-check`,
			titleOther: 'Start the self-check of another fiscal year',
			current: (fy: string, status: string) => `This fiscal year’s self-check (${fy}): ${status}.`,
			open: 'Open it',
			year: 'Fiscal year',
			checklists: 'Checklists to answer',
			applicableHint: 'The library checklists that apply to your sector and operator class are selected. You can add others.',
			applicable: 'Applies',
			otherLibrary: 'Checklists for other sectors or classes',
			imported: 'Imported checklists',
			items: (n: number) => `${n} items`,
			carry: (fy: string) => `Carry forward the answers of ${fy}`,
			carryHelp: 'Answers with the same checklist id and item id are copied and marked “carried over” until someone confirms them.',
			previous: 'Previous self-check (for comparison and carry-forward)',
			noPrevious: 'None',
			submit: 'Start',
			chooseChecklist: 'Choose at least one checklist.',
			yearExists: (fy: string) => `There is already a self-check for ${fy}.`,
			duplicateIds: (list: string) =>
				`The chosen checklists share item IDs, which reports and comments could not tell apart: ${list}. Leave one of the checklists out, or import it again with other IDs.`,
			carried: selfcheckCarried.en.carried
		},
		workflow: {
			title: 'Workflow',
			draftHelp: 'The security team answers and submits it.',
			submit: 'Submit for review',
			submitConfirm: 'Once submitted, answers cannot be edited unless it is returned to draft. Submit now?',
			submittedAt: (when: string) => `Submitted on ${when}.`,
			submittedHelp: 'An auditor reviews it; an executive approves and signs it, or returns it to draft with a reason.',
			returnToDraft: 'Return to draft',
			returnReason: 'Reason for returning it',
			sign: 'Approve and sign',
			statement: 'Statement with the signature (optional)',
			signConfirm: 'I have reviewed the answers and approve this self-check. After signing, nobody can change it.',
			signedBy: (who: string, when: string) => `Approved and signed by ${who} on ${when}.`,
			sha: 'SHA-256 of the signed content',
			locked:
				'A signed self-check is fixed; nobody can change it. If something must be corrected, reopen it as a new revision with a reason.',
			reopen: 'Reopen as a new revision',
			reopenReason: 'Reason for reopening',
			reasonRequired: 'Give a reason.',
			failed: 'This could not be done. Reload the page and check the status.'
		}
	}
);
