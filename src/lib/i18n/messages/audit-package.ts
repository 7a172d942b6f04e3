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
		nav: '監査パッケージ',
		check: {
			title: '監査パッケージの照合',
			lead: '受け取った監査パッケージを展開したフォルダを選ぶと、このブラウザの中で全ファイルの SHA-256 を計算し、マニフェストと報告書に記載されたハッシュと照合します。ファイルはどこにも送信しません。報告書（report.pdf）そのものは、上の欄で照合してください。',
			folder: '展開したフォルダ',
			needsScript: 'フォルダの照合には JavaScript が必要です。コマンドラインでは npm run report -- verify <フォルダ> で照合できます。',
			hashing: (done: number, total: number) => `${total}件中 ${done}件を計算しました`,
			intact: 'パッケージは完全です。すべてのファイルがマニフェストと一致し、マニフェストは報告書が示すものです。',
			notIntact: 'パッケージは完全ではありません。下の一覧を確認してください。',
			manifest: {
				match: 'manifest.json は報告書に記載されたハッシュと一致します。',
				differs: 'manifest.json が報告書に記載されたハッシュと一致しません。',
				missing: 'manifest.json がありません。',
				invalid: 'manifest.json が mamori のマニフェストではありません。',
				no_hash_in_report: 'report.pdf にマニフェストのハッシュが見つかりません。'
			},
			noReport: 'report.pdf がありません。',
			states: { match: '一致', differs: '不一致', missing: '欠落' },
			added: '追加（マニフェストにない）',
			header: ['状態', 'パス', '件名'],
			counts: (match: number, differs: number, missing: number, added: number) =>
				`一致 ${match}件・不一致 ${differs}件・欠落 ${missing}件・追加 ${added}件`
		}
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
		nav: 'Audit package',
		check: {
			title: 'Check an audit package',
			lead: 'Choose the folder where you unpacked an audit package: this browser computes every file’s SHA-256 and compares it with the manifest, and the manifest with the hash the report carries. No file is sent anywhere. Check report.pdf itself with the form above.',
			folder: 'Unpacked folder',
			needsScript: 'Checking a folder needs JavaScript. On the command line: npm run report -- verify <folder>.',
			hashing: (done: number, total: number) => `${done} of ${total} files hashed`,
			intact: 'The package is intact: every file matches the manifest, and the manifest is the one the report names.',
			notIntact: 'The package is not intact: see the list below.',
			manifest: {
				match: 'manifest.json matches the hash the report carries.',
				differs: 'manifest.json does not match the hash the report carries.',
				missing: 'There is no manifest.json.',
				invalid: 'manifest.json is not a mamori manifest.',
				no_hash_in_report: 'No manifest hash was found in report.pdf.'
			},
			noReport: 'There is no report.pdf.',
			states: { match: 'Match', differs: 'Differs', missing: 'Missing' },
			added: 'Added (not in the manifest)',
			header: ['State', 'Path', 'Title'],
			counts: (match: number, differs: number, missing: number, added: number) =>
				`${match} match, ${differs} differ, ${missing} missing, ${added} added`
		}
	}
);
