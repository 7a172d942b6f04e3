import { defineMessages } from '../define';

/** The plans area's summary on the organisation's start page. */
export const plansSummary = defineMessages(
	{
		title: '計画（BCP・コンティンジェンシープラン）',
		all: '計画の概要 →',
		stage: { not_started: '未作成', draft: '下書き（未承認）', submitted: '承認待ち', approved: '承認済み' } as Record<string, string>,
		overdueActions: '期限を過ぎた改善措置',
		openActions: (n: number) => `未完了の改善措置 ${n}件 →`,
		due: (date: string) => `期限 ${date}`,
		openIncidents: '対応中のインシデント',
		detected: (date: string) => `検知 ${date}`,
		unsent: (n: number) => `未連絡の報告 ${n}件`,
		none: '該当なし'
	},
	{
		title: 'Plans (BCP and contingency plan)',
		all: 'Plans overview →',
		stage: { not_started: 'Not started', draft: 'Draft (not approved)', submitted: 'Waiting for approval', approved: 'Approved' } as Record<
			string,
			string
		>,
		overdueActions: 'Overdue improvement actions',
		openActions: (n: number) => `${n} open improvement actions →`,
		due: (date: string) => `due ${date}`,
		openIncidents: 'Open incidents',
		detected: (date: string) => `detected ${date}`,
		unsent: (n: number) => `${n} report drafts not sent`,
		none: 'None'
	}
);
