import { defineMessages } from '../define';

/**
 * A pinned checklist whose stored content no longer matches the checklist
 * format (changed in the database behind the application's back).
 */
export const unreadableChecklist = defineMessages(
	{
		title: '保存内容を読み取れないチェックリスト',
		notice: (name: string) =>
			`チェックリスト「${name}」は、データベースに保存された内容がチェックリストの形式に合わず、読み取れません。このチェックリストと、これを使う自己検証は表示・回答・報告書の作成ができません。ほかのチェックリストや自己検証には影響しません。`,
		whatToDo:
			'サーバーの管理者に連絡し、内容が壊れる前のバックアップ（npm run restore）からこのレコードを戻してもらってください。取り込んだチェックリストで自己検証に使われていない場合は、管理者が削除したうえで元のファイルを取り込み直すこともできます。',
		record: (id: string, version: string) => `レコード ID: ${id}（版 ${version}）`,
		selfcheck: '保存内容を読み取れないチェックリストがあるため、この自己検証を表示できません。',
		listNote: '保存内容を読み取れないチェックリストを使っているため、進捗と得点を数えていません（開くと理由と対処を表示します）。'
	},
	{
		title: 'Checklists whose stored content cannot be read',
		notice: (name: string) =>
			`The content stored in the database for the checklist “${name}” does not match the checklist format and cannot be read. This checklist, and the self-checks that use it, cannot be shown, answered or reported on. Other checklists and self-checks are not affected.`,
		whatToDo:
			'Ask the server administrator to bring this record back from a backup taken before it was damaged (npm run restore). If it is an imported checklist that no self-check uses, the administrator can also delete it and import the original file again.',
		record: (id: string, version: string) => `Record ID: ${id} (version ${version})`,
		selfcheck: 'This self-check cannot be shown because a checklist it uses has stored content that cannot be read.',
		listNote:
			'Uses a checklist whose stored content cannot be read, so progress and scores are not counted (open it for the reason and what to do).'
	}
);
