import { defineMessages } from '../define';

export const audit = defineMessages(
	{
		title: '監査証跡',
		lead: 'すべての作成・更新・削除は、データベースのフックによって追記専用で記録されます。誰も変更・削除できません。',
		when: '日時',
		who: '実行者',
		what: '対象',
		action: '操作',
		changes: '変更内容',
		before: '変更前',
		after: '変更後',
		actions: { create: '作成', update: '更新', delete: '削除' },
		collections: {
			organisations: '組織',
			critical_services: '重要インフラサービス',
			important_systems: '重要システム',
			checklists: 'チェックリスト（固定版）',
			assessments: '自己検証',
			answers: '自己検証の回答',
			reference_adoptions: '参考事項の採否',
			review_comments: 'レビューコメント',
			signoffs: '承認・署名',
			reports: '報告書'
		} as Record<string, string>,
		allCollections: 'すべての対象',
		allActions: 'すべての操作',
		actorFilter: '実行者',
		from: '開始日',
		to: '終了日',
		empty: '条件に合う記録はありません。',
		count: (n: number) => `${n}件`,
		notAllowed: '監査証跡は組織管理者・経営層・監査人が閲覧できます。'
	},
	{
		title: 'Audit trail',
		lead: 'Every create, update and delete is recorded, append-only, by hooks inside the database. Nobody can change or delete an entry.',
		when: 'When',
		who: 'Who',
		what: 'Record',
		action: 'Action',
		changes: 'Changes',
		before: 'Before',
		after: 'After',
		actions: { create: 'Created', update: 'Updated', delete: 'Deleted' },
		collections: {
			organisations: 'Organisation',
			critical_services: 'Critical service',
			important_systems: 'Important system',
			checklists: 'Checklist (pinned version)',
			assessments: 'Self-check',
			answers: 'Self-check answer',
			reference_adoptions: 'Reference-item adoption',
			review_comments: 'Review comment',
			signoffs: 'Sign-off',
			reports: 'Report'
		} as Record<string, string>,
		allCollections: 'All records',
		allActions: 'All actions',
		actorFilter: 'Who',
		from: 'From',
		to: 'To',
		empty: 'No entries match.',
		count: (n: number) => `${n} entries`,
		notAllowed: 'The audit trail is open to organisation admins, executives and auditors.'
	}
);
