import { defineMessages } from '../define';
import { evidenceExpiry } from './evidence-expiry';

/** The evidence library: list, upload, detail, revisions. */
export const evidence = defineMessages(
	{
		title: '証跡',
		lead: '自己検証の回答やリスク対応を裏付ける文書・記録・画像を登録し、版ごとにサーバーが計算した SHA-256 とともに保管します。監査人はここで証跡を確認します。',
		uploadFile: 'ファイルを登録',
		registerLink: 'リンクを登録',
		empty:
			'まだ証跡は登録されていません。規程、演習記録、ログの抜粋などのファイルを登録するか、社内ポータル上の文書へのリンクを登録してください。',
		emptyFiltered: '条件に合う証跡はありません。',
		readOnly: '証跡の登録・更新はセキュリティ担当が行います。',
		count: (shown: number, total: number) => (shown === total ? `${total}件` : `${total}件中 ${shown}件`),
		kinds: { file: 'ファイル', link: 'リンク' },
		filters: {
			search: 'タイトル・説明・担当で検索',
			kind: '種類',
			allKinds: 'すべての種類',
			expiry: '有効期限',
			allExpiry: 'すべて',
			apply: '絞り込む'
		},
		expiry: evidenceExpiry.ja.expiry,
		expiryFilter: { expired: '期限切れ', expiring: '30日以内に期限切れ', valid: '有効・期限なし' },
		columns: {
			title: 'タイトル',
			kind: '種類',
			period: '対象期間',
			expires: '有効期限',
			revisions: '版',
			owner: '担当',
			updated: '更新日時'
		},
		fields: {
			file: 'ファイル',
			title: 'タイトル',
			description: '説明',
			owner: '担当者・部署',
			url: 'リンク先（URL）',
			fiscalYear: '対象年度',
			effectiveFrom: '対象期間（開始日・単日）',
			effectiveTo: '対象期間（終了日）',
			expiresOn: '有効期限',
			note: 'この版についてのメモ'
		},
		hints: {
			period: '証跡が何年度・いつの時点の内容かを、年度または日付で示します（登録日とは別です）。どちらか一方は必須です。',
			expiresOn: 'この日を過ぎると、証跡を使っている箇所すべてに「期限切れ」と表示されます。',
			url: 'http:// または https:// で始まるアドレス。リンク先の内容は保管されません。',
			owner: '内容に責任を持つ人または部署',
			fileRules: (limit: string) =>
				`1ファイル最大 ${limit}。PDF、画像（PNG・JPEG・GIF・WebP）、Office 文書、テキスト、CSV、ログ、ZIP を登録できます。種類はファイル名ではなく内容で判定し、実行ファイルやスクリプトは名前を変えても登録できません。`,
			hash: 'SHA-256 はファイルを受け取ったサーバーが計算します。'
		},
		upload: evidenceExpiry.ja.upload,
		refusals: {
			empty: 'ファイルが空です。',
			executable: 'プログラム（実行ファイル）は、ファイル名にかかわらず証跡として登録できません。',
			script: 'スクリプトは、ファイル名にかかわらず証跡として登録できません。',
			markup: 'HTML・SVG・XML ファイルは登録できません。PDF またはテキストとして保存してから登録してください。',
			ole_name: '旧形式の Office ファイルは、拡張子を .doc・.xls・.ppt のいずれかにしてください。',
			unknown:
				'このファイルの内容は登録できる種類ではありません（PDF、画像、Office 文書、テキスト、CSV、ログ、ZIP のみ。判定はファイル名ではなく内容で行います）。',
			too_large: (limit: string) => `ファイルが上限（${limit}）を超えています。`,
			malformed: 'アップロードが途中で途切れたか、形式が正しくありません。何も保存されていません。',
			field_too_large: '入力欄の内容が長すぎます。',
			periodRequired: '対象年度か対象期間の開始日のどちらかを入力してください。',
			periodOrder: '終了日は開始日以降にしてください。',
			urlScheme: 'http:// または https:// で始まるアドレスを入力してください。',
			fiscalYear: (min: number, max: number) => `${min}〜${max}の年度を入力してください。`,
			forbidden: '証跡の登録はセキュリティ担当だけが行えます。',
			notFound: '証跡が見つかりません。'
		},
		detail: {
			back: '証跡一覧',
			facts: '内容',
			current: '現在の版',
			preview: 'プレビュー',
			noPreview: 'この種類のファイルはブラウザーで表示できません。ダウンロードして確認してください。',
			download: 'ダウンロード',
			openPreview: '新しいタブで開く',
			openLink: 'リンク先を開く',
			linkNote: 'リンク先の内容は mamori に保管されません。監査時にリンク先が変わっていないか確認してください。',
			revisions: '版の履歴',
			revision: (n: number) => `第${n}版`,
			name: 'ファイル名',
			size: 'サイズ',
			type: '種類（内容から判定）',
			sha256: 'SHA-256',
			uploaded: '登録',
			uploadedBy: (who: string, when: string) => `${who}・${when}`,
			registeredBy: '登録者',
			edit: '内容を編集',
			saved: '証跡の内容を保存しました。',
			delete: 'この証跡を削除',
			deleteConfirm: 'この証跡とすべての版を削除します。元に戻せません。よろしいですか？',
			deleted: '証跡を削除しました。',
			deleteRefused: '削除できませんでした。'
		}
	},
	{
		title: 'Evidence',
		lead: 'Register the documents, records and images that back your self-check answers and risk treatments. Every revision is kept with the SHA-256 the server computed. Auditors review the evidence here.',
		uploadFile: 'Upload a file',
		registerLink: 'Register a link',
		empty:
			'No evidence yet. Upload files such as policies, exercise records or log excerpts, or register a link to a document on your intranet.',
		emptyFiltered: 'No evidence matches these filters.',
		readOnly: 'The security team registers and updates evidence.',
		count: (shown: number, total: number) => (shown === total ? `${total}` : `${shown} of ${total}`),
		kinds: { file: 'File', link: 'Link' },
		filters: {
			search: 'Search title, description, owner',
			kind: 'Kind',
			allKinds: 'All kinds',
			expiry: 'Expiry',
			allExpiry: 'All',
			apply: 'Filter'
		},
		expiry: evidenceExpiry.en.expiry,
		expiryFilter: { expired: 'Expired', expiring: 'Expires within 30 days', valid: 'Valid or no expiry' },
		columns: {
			title: 'Title',
			kind: 'Kind',
			period: 'Period',
			expires: 'Expires',
			revisions: 'Revisions',
			owner: 'Owner',
			updated: 'Updated'
		},
		fields: {
			file: 'File',
			title: 'Title',
			description: 'Description',
			owner: 'Owner (person or department)',
			url: 'Address (URL)',
			fiscalYear: 'Fiscal year',
			effectiveFrom: 'Period (first day, or the day)',
			effectiveTo: 'Period (last day)',
			expiresOn: 'Expires on',
			note: 'Note on this revision'
		},
		hints: {
			period:
				'Which fiscal year or which dates the evidence is about (not when it was uploaded). Give at least the fiscal year or the first day.',
			expiresOn: 'After this day the evidence is flagged as expired wherever it is used.',
			url: 'An address starting with http:// or https://. The content behind the link is not stored.',
			owner: 'Who is responsible for the content',
			fileRules: (limit: string) =>
				`At most ${limit} per file. PDF, images (PNG, JPEG, GIF, WebP), Office documents, plain text, CSV, logs and ZIP are accepted. The type is decided from the content, not the name: programs and scripts are refused however they are named.`,
			hash: 'The server that receives the file computes its SHA-256.'
		},
		upload: evidenceExpiry.en.upload,
		refusals: {
			empty: 'The file is empty.',
			executable: 'Programs cannot be stored as evidence, whatever their name.',
			script: 'Scripts cannot be stored as evidence, whatever their name.',
			markup: 'HTML, SVG and XML files are not accepted. Save the document as PDF or plain text first.',
			ole_name: 'An older Office file must be named .doc, .xls or .ppt.',
			unknown:
				'The content of this file is not of an accepted type (PDF, image, Office document, text, CSV, log or ZIP only; the content decides, not the name).',
			too_large: (limit: string) => `The file is larger than the limit of ${limit}.`,
			malformed: 'The upload was cut off or is not valid form data. Nothing was stored.',
			field_too_large: 'A field is too long.',
			periodRequired: 'Give the fiscal year or the first day of the period.',
			periodOrder: 'The last day cannot be before the first.',
			urlScheme: 'Enter an address starting with http:// or https://.',
			fiscalYear: (min: number, max: number) => `Enter a fiscal year from ${min} to ${max}.`,
			forbidden: 'Only the security team can register evidence.',
			notFound: 'Evidence not found.'
		},
		detail: {
			back: 'All evidence',
			facts: 'Details',
			current: 'Current revision',
			preview: 'Preview',
			noPreview: 'Files of this type cannot be shown in the browser; download it to look at it.',
			download: 'Download',
			openPreview: 'Open in a new tab',
			openLink: 'Open the link',
			linkNote: 'mamori does not store what the link points to. Check at audit time that it has not changed.',
			revisions: 'Revision history',
			revision: (n: number) => `Revision ${n}`,
			name: 'File name',
			size: 'Size',
			type: 'Type (from the content)',
			sha256: 'SHA-256',
			uploaded: 'Uploaded',
			uploadedBy: (who: string, when: string) => `${who}, ${when}`,
			registeredBy: 'Registered by',
			edit: 'Edit details',
			saved: 'Evidence details saved.',
			delete: 'Delete this evidence',
			deleteConfirm: 'This deletes the evidence and all its revisions, and cannot be undone. Continue?',
			deleted: 'Evidence deleted.',
			deleteRefused: 'Could not delete.'
		}
	}
);
