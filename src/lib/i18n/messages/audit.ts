import { defineMessages } from '../define';
import { collectionNames } from './audit-collections';

export const audit = defineMessages(
	{
		title: '監査証跡',
		lead: 'すべての作成・更新・削除は、データベースのフックによって追記専用で記録されます。誰も変更・削除できません。',
		when: '日時',
		whenJst: '日時（日本時間）',
		field: 'フィールド',
		recordId: '記録ID（名前を表示できない記録）',
		who: '実行者',
		what: '対象',
		action: '操作',
		changes: '変更内容',
		before: '変更前',
		after: '変更後',
		actions: { create: '作成', update: '更新', delete: '削除', view: '閲覧' },
		collections: collectionNames('ja'),
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
		whenJst: 'When (Japan time)',
		field: 'Field',
		recordId: 'Record ID (no name can be shown)',
		who: 'Who',
		what: 'Record',
		action: 'Action',
		changes: 'Changes',
		before: 'Before',
		after: 'After',
		actions: { create: 'Created', update: 'Updated', delete: 'Deleted', view: 'Viewed' },
		collections: collectionNames('en'),
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
