import { defineMessages } from '../define';
import { exportSheet } from './exports-sheet';

export const exportMessages = defineMessages(
	{
		sheet: exportSheet.ja.sheet,
		page: {
			title: '書き出し',
			lead: '自己検証の回答や監査証跡を表計算ファイルに、結果と改善計画を監査ツール向けの OSCAL（JSON）に書き出します。どの書き出しも、あなたが閲覧できる記録だけを含みます。',
			selfchecks: '自己検証',
			noSelfchecks: 'まだ自己検証がありません。',
			year: '年度',
			revision: '版',
			status: '状態',
			spreadsheet: '回答（表計算）',
			oscalResults: 'OSCAL 結果',
			oscalPoam: 'OSCAL 改善計画（POA&M）',
			allYears: '全年度（各年度の最新版）の OSCAL assessment-results',
			checklists: 'チェックリスト（OSCAL catalog）',
			checklistsLead:
				'チェックリストを OSCAL catalog として書き出します。両言語の本文・区分・脅威・段階などをすべて含み、mamori に取り込むと元と同じチェックリストに戻ります。',
			library: 'ライブラリ',
			pinned: 'この組織で固定した版',
			ja: '日本語',
			en: 'English',
			records: 'リスク対応・リスク受容・改善措置・連絡先台帳（表計算）',
			recordsLead: 'それぞれ1枚のシートに、期限・完了日などは日付として書き出します。',
			treatmentActions: 'リスク対応の措置',
			treatmentActionsHint:
				'リスク対応の措置を、リスク・担当・期限・状態・完了日・期限超過、見直す計画、取り組む自己検証の項目とともに書き出します（リスク台帳の書き出しの2枚目と同じシートです）。',
			acceptances: 'リスク受容',
			acceptancesHint:
				'申請・承認・却下・取消の記録と有効期限、署名した内容の SHA-256 を書き出します。状態は書き出した時点のものです（期限を過ぎた承認は「期限切れ」）。',
			improvementActions: '改善措置（演習・インシデントから）',
			improvementActionsHint:
				'演習やインシデントで見つかった指摘事項と改善措置を、担当・期限・状態、関連する計画の節・リスク・チェックリスト項目とともに書き出します。',
			contacts: '連絡先台帳',
			contactsHint: 'すべての連絡先を区分ごとに書き出します。個人情報を含みます。',
			otherSheets: 'リスク台帳と指摘事項は、それぞれのページから書き出せます：',
			riskRegisterLink: 'リスク台帳の取り込み・書き出し',
			findingsLink: '指摘事項',
			statisticsLead:
				'自己検証の結果を、組織を特定できない統計ファイルにして分野の取りまとめ役に渡せます。取りまとめ役は、集めたファイルから分野の分布を表示できます。',
			statisticsLink: '分野の統計を開く',
			board: '経営層向け報告書',
			boardLead:
				'今年度と前年度を比べた2〜4ページの PDF（達成率の増減、解消した課題と新たな課題、リスク受容の期限、未完了の指摘事項、期限を過ぎた対応、計画の承認と演習）は、報告書のページで「経営層向け報告書」を選んで作成します。',
			boardLink: '報告書のページを開く',
			audit: '監査証跡',
			auditLead: '監査証跡は、監査証跡のページで条件を絞り込んでから書き出します。',
			auditLink: '監査証跡を開く',
			backup: 'バックアップ（組織全体）',
			backupLead:
				'この組織のすべての記録とファイル（自己検証・署名・報告書・証跡・監査証跡など）を、ハッシュと署名付きの1つの JSON ファイルに書き出します。組織管理者だけが書き出せます。',
			backupDownload: 'バックアップをダウンロード',
			backupRestore:
				'復元は、空の組織または新しいインストールに、コマンド npm run bundle -- import <ファイル> で行います。書き出したインストールと同じ鍵（MAMORI_REPORT_KEY）が必要です。鍵が違うと、改ざんと区別できないため受け付けません。',
			oscalNote:
				'OSCAL は NIST の OSCAL 1.1.2 形式です（公式 JSON スキーマで検証済み）。表示用の文言は選んだ言語で、mamori 独自の情報は名前空間 urn:mamori:oscal に入ります。'
		},
		statistics: {
			title: '分野の統計（匿名化）',
			lead: '自己検証の結果を、組織を特定できない形で分野の取りまとめ役（セプターの事務局など）と共有するための機能です。',
			exportTitle: '匿名化した統計ファイルを書き出す',
			exportLead:
				'分野・事業者区分・年度、項目群ごとの達成率（5%刻み）と、項目ごとの回答（実施・一部実施・未実施・対象外の4区分）だけを含む JSON ファイルです。組織名・担当者名・日付・理由などの記述・証跡・記録IDは含みません。自組織で取り込んだチェックリストは、組織を特定できるおそれがあるため含めません。',
			exportLink: (year: string) => `${year}の統計ファイル`,
			aggregateTitle: '統計ファイルを集計する',
			aggregateLead: (k: number) =>
				`事業者から受け取った統計ファイルをまとめて選ぶと、分野の分布を表示します。ファイルはこの画面で集計するだけで、保存しません。どの数値も${k}者以上にもとづくものだけを表示し、${k}者未満の数や、ほかの数から逆算できる数は「${k}未満」と表示します。`,
			files: '統計ファイル（複数選択可）、または配布された分布ファイル',
			own: '自組織の統計ファイル（任意：分布の中での位置を表示）',
			show: '分布を表示',
			download: '分布をファイルでダウンロード',
			downloadHint:
				'分布ファイルは匿名化済みで、事業者に配布できます。事業者は自組織の統計ファイルと一緒に読み込むと、分布の中での位置を確認できます。',
			operators: (n: number) => `${n}事業者`,
			summary: (n: number, year: string, sector: string) => `${sector}・${year}：${n}事業者の統計ファイルを集計しました。`,
			tooFew: (n: number, k: number) => `ファイルが${n}件で${k}件に満たないため、事業者を特定できないよう、数値は表示しません。`,
			classes: '事業者区分の内訳',
			leading: '先導的取組を行う事業者',
			other: 'その他の事業者',
			suppressed: (k: number) => `${k}未満`,
			sectionsTitle: '項目群ごとの達成率の分布',
			sectionHeader: ['項目群', '事業者数', '下位25%', '中央値', '上位25%', '0–20%', '20–40%', '40–60%', '60–80%', '80–100%', '自組織'],
			itemsTitle: '項目ごとの回答の分布',
			itemCount: (n: number) => `${n}項目`,
			itemHeader: ['項目', '項目群', '事業者数', '実施', '一部実施', '未実施', '対象外', '自組織'],
			standing: {
				below_q1: '下位25%',
				q1_to_median: '中央値以下',
				median_to_q3: '中央値より上',
				above_q3: '上位25%',
				unknown: '—'
			},
			buckets: { implemented: '実施', partial: '一部実施', not_implemented: '未実施', not_applicable: '対象外' },
			errors: {
				noFiles: '統計ファイルを1件以上選んでください。',
				tooMany: (max: number) => `一度に集計できるのは${max}ファイルまでです。`,
				tooLarge: (name: string, mb: number) => `「${name}」は${mb}MBを超えています。統計ファイルではないようです。`,
				notJson: (name: string) => `「${name}」は JSON として読めません。mamori が書き出した統計ファイルを選んでください。`,
				invalid: (name: string, where: string, message: string) => `「${name}」の ${where}: ${message}`,
				mixed: '統計ファイルと分布ファイルは一緒に集計できません。分布ファイルは1件だけ選んでください。',
				mismatch: (name: string, field: 'sector' | 'fiscalYear', found: string, expected: string) =>
					`「${name}」は${field === 'sector' ? '分野' : '年度'}が ${found} で、ほかのファイル（${expected}）と違うため集計できません。同じ分野・同じ年度のファイルだけを選んでください。`,
				ownNotStatistics: '「自組織の統計ファイル」には、mamori が書き出した統計ファイル（分布ファイルではなく）を選んでください。',
				notAllowed: '統計ファイルを書き出せるのは組織管理者・セキュリティ担当・経営層です。',
				noLibrary: 'この自己検証には mamori のライブラリのチェックリストがないため、統計ファイルを作れません。'
			}
		},
		errors: {
			notMember: 'この組織が見つからないか、メンバーではありません。',
			auditNotAllowed: '監査証跡を書き出せるのは組織管理者・経営層・監査人です。',
			tooManyAudit: (count: number, max: number) =>
				`条件に合う記録が${count}件あり、一度に書き出せる${max}件を超えています。期間などで絞り込んでください。`,
			assessmentNotFound: 'この自己検証は見つかりません。',
			noOpenGaps: '未対応の項目（一部実施・未実施）がないため、改善計画（POA&M）に載せるものがありません。',
			checklistNotFound: 'このチェックリストは見つかりません。',
			bundleNotAllowed: 'バックアップを書き出せるのは組織管理者です。'
		}
	},
	{
		sheet: exportSheet.en.sheet,
		page: {
			title: 'Exports',
			lead: 'Download self-check answers and the audit trail as spreadsheets, and results and plans as OSCAL (JSON) for audit tools. Every export holds only the records you can see.',
			selfchecks: 'Self-checks',
			noSelfchecks: 'No self-check yet.',
			year: 'Fiscal year',
			revision: 'Revision',
			status: 'Status',
			spreadsheet: 'Answers (spreadsheet)',
			oscalResults: 'OSCAL results',
			oscalPoam: 'OSCAL POA&M',
			allYears: 'OSCAL assessment-results of every fiscal year (latest revision each)',
			checklists: 'Checklists (OSCAL catalog)',
			checklistsLead:
				'Each checklist as an OSCAL catalog with everything in it (both languages, classification, threats, stages); imported into mamori it gives back the same checklist.',
			library: 'Library',
			pinned: 'Versions pinned to this organisation',
			ja: '日本語',
			en: 'English',
			records: 'Risk treatment, acceptances, improvement actions and the contact register (spreadsheets)',
			recordsLead: 'One sheet each; due dates and completion dates are real dates.',
			treatmentActions: 'Risk treatment actions',
			treatmentActionsHint:
				'Every treatment action with its risk, owner, due date, status, completion date, whether overdue, the plans it revises and the self-check items it works on (the same sheet as the second one of the risk register export).',
			acceptances: 'Risk acceptances',
			acceptancesHint:
				'Requests, approvals, rejections and revocations with their validity and the signed content’s SHA-256. Statuses are as of the download (a lapsed approval reads as expired).',
			improvementActions: 'Improvement actions (from exercises and incidents)',
			improvementActionsHint:
				'The findings of exercises and incidents and their improvement actions, with owner, due date, status and the plan sections, risks and checklist items they bear on.',
			contacts: 'Contact register',
			contactsHint: 'Every contact, by category. It holds personal data.',
			otherSheets: 'The risk register and the findings download from their own pages:',
			riskRegisterLink: 'Risk register import and export',
			findingsLink: 'Findings',
			statisticsLead:
				'Turn self-check results into a statistics file that does not identify your organisation, for your sector body; a sector body can load such files and see the sector’s distribution.',
			statisticsLink: 'Open sector statistics',
			board: 'Board report',
			boardLead:
				'A 2–4 page PDF comparing this year with last (scores up and down, gaps closed and opened, acceptance expiry, open findings, overdue actions, plans approved and exercised): choose “Board report” on the Reports page.',
			boardLink: 'Open the Reports page',
			audit: 'Audit trail',
			auditLead: 'Filter the audit trail on its page, then download what it shows.',
			auditLink: 'Open the audit trail',
			backup: 'Backup (whole organisation)',
			backupLead:
				"Every record and file of this organisation (self-checks, sign-offs, reports, evidence, the audit trail …) in one JSON file with hashes and a signature. Only the organisation's admins can download it.",
			backupDownload: 'Download the backup',
			backupRestore:
				'Restore into an empty organisation or a new installation with npm run bundle -- import <file>. It needs the key of the installation that made it (MAMORI_REPORT_KEY): with another key a bundle cannot be told from a forged one, so it is refused.',
			oscalNote:
				"OSCAL means NIST's OSCAL 1.1.2 (validated against the official JSON schemas). Display texts are in the language you pick; mamori's own data sits in the namespace urn:mamori:oscal."
		},
		statistics: {
			title: 'Sector statistics (anonymised)',
			lead: 'Share self-check results with your sector body (for example a CEPTOAR secretariat) in a form that does not identify your organisation.',
			exportTitle: 'Download an anonymised statistics file',
			exportLead:
				'A JSON file with only the sector, operator class and fiscal year, each section’s score (in 5 % steps) and each item’s answer in four groups (implemented, partly, not implemented, not applicable). No organisation or person names, no dates, no written text, no evidence, no record ids. Checklists your organisation imported itself are left out, as they could identify it.',
			exportLink: (year: string) => `Statistics file for ${year}`,
			aggregateTitle: 'Aggregate statistics files',
			aggregateLead: (k: number) =>
				`Choose the statistics files operators sent you to see the sector’s distribution. The files are only read for this page, never stored. Every figure shown stands for at least ${k} operators; smaller counts, and counts the others would give away, show as “fewer than ${k}”.`,
			files: 'Statistics files (choose several), or a distribution file you received',
			own: 'Your own statistics file (optional: shows where you stand)',
			show: 'Show the distribution',
			download: 'Download the distribution as a file',
			downloadHint:
				'The distribution file is anonymised and can be handed to the operators; loaded together with their own statistics file it shows each where it stands.',
			operators: (n: number) => (n === 1 ? '1 operator' : `${n} operators`),
			summary: (n: number, year: string, sector: string) => `${sector}, ${year}: statistics files of ${n} operators.`,
			tooFew: (n: number, k: number) => `Only ${n} files, fewer than ${k}: no figures are shown, so that no operator can be identified.`,
			classes: 'Operator classes',
			leading: 'Leading operators',
			other: 'Other operators',
			suppressed: (k: number) => `< ${k}`,
			sectionsTitle: 'Spread of section scores',
			sectionHeader: [
				'Section',
				'Operators',
				'Lower quartile',
				'Median',
				'Upper quartile',
				'0–20%',
				'20–40%',
				'40–60%',
				'60–80%',
				'80–100%',
				'Yours'
			],
			itemsTitle: 'Answers per item',
			itemCount: (n: number) => (n === 1 ? '1 item' : `${n} items`),
			itemHeader: ['Item', 'Section', 'Operators', 'Implemented', 'Partly', 'Not implemented', 'Not applicable', 'Yours'],
			standing: {
				below_q1: 'Lowest quarter',
				q1_to_median: 'Up to the median',
				median_to_q3: 'Above the median',
				above_q3: 'Highest quarter',
				unknown: '—'
			},
			buckets: { implemented: 'Implemented', partial: 'Partly', not_implemented: 'Not implemented', not_applicable: 'Not applicable' },
			errors: {
				noFiles: 'Choose at least one statistics file.',
				tooMany: (max: number) => `At most ${max} files can be aggregated at once.`,
				tooLarge: (name: string, mb: number) => `“${name}” is larger than ${mb} MB; it does not look like a statistics file.`,
				notJson: (name: string) => `“${name}” cannot be read as JSON. Choose statistics files mamori exported.`,
				invalid: (name: string, where: string, message: string) => `“${name}”, ${where}: ${message}`,
				mixed: 'Statistics files and a distribution file cannot be aggregated together. Choose a single distribution file.',
				mismatch: (name: string, field: 'sector' | 'fiscalYear', found: string, expected: string) =>
					`“${name}” is for ${field === 'sector' ? 'sector' : 'fiscal year'} ${found}, unlike the others (${expected}), so they cannot be aggregated. Choose files of one sector and one fiscal year.`,
				ownNotStatistics: 'For “your own statistics file”, choose a statistics file mamori exported (not a distribution file).',
				notAllowed: 'Statistics files can be downloaded by organisation admins, security team members and executives.',
				noLibrary: 'This self-check answers no checklist of mamori’s library, so no statistics file can be made.'
			}
		},
		errors: {
			notMember: 'This organisation does not exist or you are not a member of it.',
			auditNotAllowed: 'The audit trail can be downloaded by organisation admins, executives and auditors.',
			tooManyAudit: (count: number, max: number) =>
				`${count} entries match, more than the ${max} one download can hold. Narrow the filters (for example the dates).`,
			assessmentNotFound: 'This self-check does not exist.',
			noOpenGaps: 'No item is partly or not implemented, so there is nothing to put in a plan of action and milestones (POA&M).',
			checklistNotFound: 'This checklist does not exist.',
			bundleNotAllowed: 'Only organisation admins can download the backup bundle.'
		}
	}
);
