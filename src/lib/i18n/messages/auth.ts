import { defineMessages } from '../define';

export const auth = defineMessages(
	{
		login: 'ログイン',
		logout: 'ログアウト',
		email: 'メールアドレス',
		password: 'パスワード',
		loginTitle: 'mamori にログイン',
		loginLead: '組織管理者から届いた招待リンクで作成したアカウントでログインしてください。',
		wrongCredentials: 'メールアドレスまたはパスワードが正しくありません。',
		tooManyAttempts: (minutes: number) =>
			`ログインの失敗が続いたため、しばらく受け付けを止めています。${minutes}分後にもう一度お試しください。パスワードが分からない場合は組織管理者に相談してください。`,
		expired: 'セッションの有効期限が切れました。もう一度ログインしてください。',
		loggedOut: 'ログアウトしました。',
		demoHint: 'デモ組織のアカウントは README の「デモ」の節に記載されています（例: security@demo.example）。',
		signedInAs: (name: string) => `${name} としてログイン中`
	},
	{
		login: 'Log in',
		logout: 'Log out',
		email: 'E-mail',
		password: 'Password',
		loginTitle: 'Log in to mamori',
		loginLead: 'Use the account you created from your organisation admin’s invitation link.',
		wrongCredentials: 'The e-mail or password is not correct.',
		tooManyAttempts: (minutes: number) =>
			`Too many failed logins: logging in is paused. Try again in ${minutes} min. If you do not know the password, ask your organisation admin.`,
		expired: 'Your session has expired. Please log in again.',
		loggedOut: 'You have logged out.',
		demoHint: 'The demo organisation accounts are listed in the README, section “Demo” (e.g. security@demo.example).',
		signedInAs: (name: string) => `Signed in as ${name}`
	}
);
