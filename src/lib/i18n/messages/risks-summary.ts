import { defineMessages } from '../define';

/** The risk summary on the organisation's start page. */
export const riskSummary = defineMessages(
	{
		startLead: 'いま対応が必要なものを、機能ごとにまとめています。',
		title: 'リスク管理',
		open: (n: number) => `対応中のリスク ${n}件 →`,
		overdue: '期限を過ぎたリスク対応の措置',
		due: (date: string) => `期限 ${date}`,
		expiring: '30日以内に有効期限を迎えるリスク受容',
		validThrough: (date: string, days: number) => `${date}まで有効（あと${days}日）`,
		decisions: '判断・リスク対応が必要なリスク',
		reviews: (n: number) => `レビュー期限を過ぎたリスク ${n}件`,
		none: '該当なし'
	},
	{
		startLead: 'What needs attention now, area by area.',
		title: 'Risk management',
		open: (n: number) => `${n} open risks →`,
		overdue: 'Overdue treatment actions',
		due: (date: string) => `due ${date}`,
		expiring: 'Acceptances expiring within 30 days',
		validThrough: (date: string, days: number) => `valid through ${date} (${days} days left)`,
		decisions: 'Risks needing a decision or treatment',
		reviews: (n: number) => `${n} risks past their review date`,
		none: 'None'
	}
);
