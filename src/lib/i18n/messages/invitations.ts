import { defineMessages } from '../define';

/** The page a person opens from an invitation link (/invite/[token]). */
export const invitations = defineMessages(
	{
		title: '招待',
		heading: (org: string) => `「${org}」への招待`,
		lead: (inviter: string, role: string) => `${inviter} さんが、あなたを${role}として招待しています。`,
		forEmail: (email: string) => `招待先のメールアドレス: ${email}`,
		expires: (date: string) => `有効期限: ${date}`,
		invalid: 'この招待リンクは無効です。リンクを最後までコピーしたか確認し、必要なら組織管理者に新しいリンクを依頼してください。',
		used: 'この招待はすでに使われています。ログインして組織を開いてください。',
		expired: 'この招待は有効期限が切れています。組織管理者に新しいリンクを依頼してください。',
		accept: '招待を承諾する',
		acceptLead: (name: string) => `${name} として承諾します。`,
		wrongAccount: (invited: string, current: string) =>
			`この招待は ${invited} 宛てです。現在 ${current} でログインしています。招待されたアカウントで承諾するには、いったんログアウトしてください。`,
		haveAccount: 'mamori のアカウントをお持ちの方',
		haveAccountLead: 'ログインすると、この画面に戻って承諾できます。',
		loginToAccept: 'ログインして承諾',
		newAccount: '初めて mamori を使う方',
		newAccountLead: '氏名とパスワードを決めてアカウントを作成し、招待を承諾します。パスワードはあなただけが知っています。',
		password: (min: number) => `パスワード（${min}文字以上）`,
		passwordConfirm: 'パスワード（確認）',
		passwordMismatch: 'パスワードが一致しません。',
		passwordTooLong: (max: number) => `${max}文字以内のパスワードにしてください。`,
		create: 'アカウントを作成して承諾',
		accountExists: 'このメールアドレスのアカウントはすでにあります。ログインしてから承諾してください。',
		failed: '承諾できませんでした。もう一度お試しください。',
		tooManyAttempts: (minutes: number) =>
			`無効な招待リンクが続けて開かれたため、この接続元からの招待の確認を止めています。${minutes}分後にもう一度お試しください。`
	},
	{
		title: 'Invitation',
		heading: (org: string) => `Invitation to “${org}”`,
		lead: (inviter: string, role: string) => `${inviter} invites you to join as ${role}.`,
		forEmail: (email: string) => `Invited e-mail address: ${email}`,
		expires: (date: string) => `Valid until ${date}`,
		invalid: 'This invitation link is not valid. Check that the whole link was copied, or ask the organisation admin for a new one.',
		used: 'This invitation has been used already. Log in and open the organisation.',
		expired: 'This invitation has expired. Ask the organisation admin for a new link.',
		accept: 'Accept the invitation',
		acceptLead: (name: string) => `You accept as ${name}.`,
		wrongAccount: (invited: string, current: string) =>
			`This invitation is for ${invited}, but you are logged in as ${current}. Log out first to accept it with the invited account.`,
		haveAccount: 'Already have a mamori account?',
		haveAccountLead: 'Log in, and you come back here to accept.',
		loginToAccept: 'Log in to accept',
		newAccount: 'New to mamori?',
		newAccountLead: 'Choose your name and password to create your account and accept. Only you know the password.',
		password: (min: number) => `Password (at least ${min} characters)`,
		passwordConfirm: 'Password (again)',
		passwordMismatch: 'The passwords differ.',
		passwordTooLong: (max: number) => `Use at most ${max} characters.`,
		create: 'Create my account and accept',
		accountExists: 'An account with this e-mail exists already. Log in first, then accept.',
		failed: 'Could not accept the invitation. Please try again.',
		tooManyAttempts: (minutes: number) =>
			`Too many invalid invitation links were opened from this address: checking invitations is paused. Try again in ${minutes} min.`
	}
);
