import { defineMessages } from '../define';

/** The answering page's keyboard shortcuts (the ? panel). */
export const selfcheckKeys = defineMessages(
	{
		keys: {
			title: 'キーボード操作',
			show: 'キーボード操作（?）',
			move: 'j / k または ↓ / ↑: 次・前の項目へ',
			status: '1〜6: 回答（1 実施, 2 代替策, 3 一部実施, 4 未実施, 5 対象外, 6 未回答）',
			open: 'Enter: メモ・理由を開く',
			leave: 'Esc: 入力欄から項目に戻る',
			search: '/: 検索欄へ',
			help: '?: この説明を表示・非表示'
		}
	},
	{
		keys: {
			title: 'Keyboard',
			show: 'Keyboard shortcuts (?)',
			move: 'j / k or ↓ / ↑: next / previous item',
			status: '1–6: answer (1 implemented, 2 alternative, 3 partly, 4 not implemented, 5 not applicable, 6 unanswered)',
			open: 'Enter: open notes and justification',
			leave: 'Esc: back from a field to its item',
			search: '/: jump to search',
			help: '?: show or hide this help'
		}
	}
);
