import { defineMessages } from '../define';

/** Findings as an item card shows them (a part of findings, in its own module so the answering page does not ship every findings message). */
export const findingsItem = defineMessages(
	{
		raise: '指摘事項を登録',
		raiseOn: (target: string) => `対象：${target}`,
		fields: {
			title: '件名',
			description: '内容',
			severity: '深刻度',
			recommendation: '推奨事項',
			due: '期限',
			status: '状態',
			response: '対応内容',
			note: 'コメント',
			target: '対象'
		},
		severities: { none: 'なし', low: '低', medium: '中', high: '高', crisis: '危機' },
		statuses: { open: '対応待ち', responded: '確認待ち', closed: '完了' },
		overdue: '期限超過',
		dueOn: (date: string) => `期限 ${date}`,
		raisedBy: (who: string, when: string) => `${who}が登録・${when}`,
		none: '指摘事項はありません。',
		open: '監査対応を開く'
	},
	{
		raise: 'Raise a finding',
		raiseOn: (target: string) => `On: ${target}`,
		fields: {
			title: 'Title',
			description: 'Description',
			severity: 'Severity',
			recommendation: 'Recommendation',
			due: 'Due date',
			status: 'Status',
			response: 'Response',
			note: 'Comment',
			target: 'On'
		},
		severities: { none: 'None', low: 'Low', medium: 'Medium', high: 'High', crisis: 'Crisis' },
		statuses: { open: 'Waiting for response', responded: 'Waiting for check', closed: 'Closed' },
		overdue: 'Overdue',
		dueOn: (date: string) => `Due ${date}`,
		raisedBy: (who: string, when: string) => `Raised by ${who}, ${when}`,
		none: 'No findings.',
		open: 'Open the audit follow-up'
	}
);

/** What a component showing findings of an item needs (the whole findings namespace fits too). */
export type FindingsItemMessages = (typeof findingsItem)['ja'];
