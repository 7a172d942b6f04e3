import { defineMessages } from '../define';

export const members = defineMessages(
	{
		title: 'メンバー',
		lead: 'ロールは組織ごとに付与されます。アクセス制御はデータベースの API ルールで強制されます。',
		name: '氏名',
		email: 'メールアドレス',
		roles: 'ロール',
		addTitle: 'メンバーを追加',
		addLead: '既存のアカウントはメールアドレスだけで追加できます。新しいアカウントには氏名と初期パスワード（10文字以上）が必要です。',
		role: 'ロール',
		initialPassword: '初期パスワード（新規アカウントのみ）',
		added: (name: string) => `${name} を追加しました。`,
		createdAccount: '新しいアカウントを作成しました。初期パスワードを本人に安全な方法で伝えてください。',
		alreadyInRole: 'この人はすでにそのロールを持っています。',
		needsNameAndPassword: 'このメールアドレスのアカウントはまだありません。氏名と初期パスワードを入力してください。',
		removeRole: (role: string) => `${role}を外す`,
		lastAdmin: '最後の組織管理者は外せません。',
		onlyAdmins: 'メンバーの追加と変更は組織管理者だけが行えます。',
		you: '（あなた）'
	},
	{
		title: 'Members',
		lead: 'Roles are granted per organisation. Access is enforced by the database’s API rules.',
		name: 'Name',
		email: 'E-mail',
		roles: 'Roles',
		addTitle: 'Add a member',
		addLead: 'An existing account is added by e-mail alone. A new account needs a name and an initial password (at least 10 characters).',
		role: 'Role',
		initialPassword: 'Initial password (new accounts only)',
		added: (name: string) => `Added ${name}.`,
		createdAccount: 'A new account was created. Pass the initial password to its owner securely.',
		alreadyInRole: 'This person already has that role.',
		needsNameAndPassword: 'No account exists for this e-mail yet. Enter a name and an initial password.',
		removeRole: (role: string) => `Remove ${role}`,
		lastAdmin: 'The last organisation admin cannot be removed.',
		onlyAdmins: 'Only organisation admins can add or change members.',
		you: '(you)'
	}
);
