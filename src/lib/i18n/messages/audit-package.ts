import { defineMessages } from '../define';

/** The sealed audit package: the self-check report, its evidence files and a manifest in one ZIP. */
export const auditPackage = defineMessages(
	{
		title: '監査パッケージ',
		lead: '自己検証ごとに、報告書（PDF）、回答に紐づくすべての証跡ファイル（報告書作成時点の最新版）、マニフェスト（manifest.json と manifest.csv）を一つの ZIP にまとめます。報告書にはマニフェストの SHA-256 が記載されるため、受け取った監査人は報告書を基準に全ファイルを照合できます。',
		contents: '含まれるもの',
		contentsList: [
			'report.pdf — 自己検証報告書（登録され、照合ページで確認できます）',
			'manifest.json / manifest.csv — 各ファイルのパス、SHA-256、紐づく項目、有効期間、期限切れの有無、監査人の判定',
			'evidence/ — 証跡ファイル（リンクの証跡はマニフェストにのみ記載）'
		],
		verifyTitle: '受け取ったパッケージの照合',
		verifyHow:
			'ZIP を展開したフォルダで次のコマンドを実行すると、オフラインで各ファイルを照合し、一致・不一致・欠落・追加されたファイルを示します。続けて報告書そのものをサーバーの登録と照合します（--offline を付けるとファイルの照合だけを行います）。',
		verifyCommand: 'npm run report -- verify <展開したフォルダ>',
		selfchecks: '自己検証',
		none: '自己検証がまだありません。',
		download: (lang: string) => `ダウンロード（${lang}）`,
		making: '報告書を作成してからダウンロードが始まります。証跡が多いと時間がかかります。',
		failed: '監査パッケージを作成できませんでした。時間をおいてもう一度試してください。',
		signedOnlyNote: '署名前の自己検証のパッケージは、報告書が「下書き」と表示されます。',
		japanese: '日本語',
		english: '英語',
		nav: '監査パッケージ'
	},
	{
		title: 'Audit package',
		lead: 'For each self-check: the report (PDF), every evidence file its answers use (the revision current when the report is made) and a manifest (manifest.json and manifest.csv), in one ZIP. The report prints the manifest’s SHA-256, so an auditor who receives the package can check every file against the report.',
		contents: 'What is inside',
		contentsList: [
			'report.pdf — the self-check report (registered; the verification page checks it)',
			'manifest.json / manifest.csv — each file’s path, SHA-256, linked items, effective period, whether it has expired, the auditor’s verdict',
			'evidence/ — the evidence files (link evidence is listed in the manifest only)'
		],
		verifyTitle: 'Checking a package you received',
		verifyHow:
			'Run this on the unpacked folder: it checks every file offline and names those that match, differ, are missing or were added, then checks the report itself against its registration on the server (with --offline, only the files are checked).',
		verifyCommand: 'npm run report -- verify <unpacked folder>',
		selfchecks: 'Self-checks',
		none: 'There is no self-check yet.',
		download: (lang: string) => `Download (${lang})`,
		making: 'The report is made first, then the download starts. With much evidence this takes a while.',
		failed: 'The audit package could not be made. Please try again later.',
		signedOnlyNote: 'A package of a self-check not yet signed has its report marked as a draft.',
		japanese: 'Japanese',
		english: 'English',
		nav: 'Audit package'
	}
);
