import { defineMessages } from '../define';

/** Expiry and upload of evidence, as item cards show them (a part of evidence, in its own module so the answering page does not ship every evidence message). */
export const evidenceExpiry = defineMessages(
	{
		expiry: {
			none: '期限なし',
			valid: '有効',
			expiring: (days: number) => `あと${days}日で期限切れ`,
			expired: '期限切れ',
			expiredOn: (date: string) => `${date} に期限切れ`,
			until: (date: string) => `${date} まで`
		},
		upload: {
			newTitle: '証跡ファイルの登録',
			newLinkTitle: 'リンクの登録',
			submit: '登録する',
			submitRevision: '新しい版を登録する',
			uploading: (percent: number, sent: string, total: string) => `アップロード中 ${percent}%（${sent} / ${total}）`,
			checking: 'サーバーで内容を確認し、SHA-256 を計算しています…',
			cancel: 'アップロードを中止',
			cancelled: 'アップロードを中止しました。何も保存されていません。',
			failed: 'アップロードできませんでした。何も保存されていません。もう一度お試しください。',
			chooseFile: 'ファイルを選んでください。',
			tooLarge: (size: string, limit: string) => `ファイルが大きすぎます（${size}）。上限は ${limit} です。`,
			done: (n: number) => `第${n}版を登録しました。`,
			keptValues: '入力内容はそのまま残っています。ファイルだけ選び直してください。',
			revisionTitle: '新しい版をアップロード',
			revisionLead: '以前の版はすべて、そのハッシュ値とともに残ります。'
		}
	},
	{
		expiry: {
			none: 'No expiry',
			valid: 'Valid',
			expiring: (days: number) => `Expires in ${days} day${days === 1 ? '' : 's'}`,
			expired: 'Expired',
			expiredOn: (date: string) => `Expired on ${date}`,
			until: (date: string) => `Until ${date}`
		},
		upload: {
			newTitle: 'Upload evidence',
			newLinkTitle: 'Register a link',
			submit: 'Register',
			submitRevision: 'Upload the new revision',
			uploading: (percent: number, sent: string, total: string) => `Uploading ${percent}% (${sent} of ${total})`,
			checking: 'The server is checking the content and computing the SHA-256…',
			cancel: 'Cancel upload',
			cancelled: 'Upload cancelled. Nothing was stored.',
			failed: 'The upload failed. Nothing was stored. Please try again.',
			chooseFile: 'Choose a file.',
			tooLarge: (size: string, limit: string) => `The file is too large (${size}). The limit is ${limit}.`,
			done: (n: number) => `Revision ${n} registered.`,
			keptValues: 'What you typed is still here; choose the file again.',
			revisionTitle: 'Upload a new revision',
			revisionLead: 'Every earlier revision is kept, with its hash.'
		}
	}
);
