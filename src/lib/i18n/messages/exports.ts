import { defineMessages } from '../define';

export const exportMessages = defineMessages(
	{
		sheet: {
			legend: '表計算ファイルで書き出す',
			format: '形式',
			xlsx: 'Excel（.xlsx）',
			csv: 'CSV（UTF-8、BOM付き）',
			headers: '見出し',
			ja: '日本語',
			en: '英語',
			download: 'ダウンロード',
			answersHint: '回答・理由・担当者・対応予定日・証跡・レビューコメントを項目ごとに1行で書き出します。CSVには回答の表だけが入ります。',
			auditHint: (count: number) => `いま表示している条件の${count}件をすべて書き出します（ページ分けなし）。`,
			formulaNote: "「=」「+」「-」「@」などで始まる文字列は、数式として実行されないよう先頭にアポストロフィ（'）を付けています。"
		},
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
			audit: '監査証跡',
			auditLead: '監査証跡は、監査証跡のページで条件を絞り込んでから書き出します。',
			auditLink: '監査証跡を開く',
			oscalNote:
				'OSCAL は NIST の OSCAL 1.1.2 形式です（公式 JSON スキーマで検証済み）。表示用の文言は選んだ言語で、mamori 独自の情報は名前空間 urn:mamori:oscal に入ります。'
		},
		errors: {
			notMember: 'この組織が見つからないか、メンバーではありません。',
			auditNotAllowed: '監査証跡を書き出せるのは組織管理者・経営層・監査人です。',
			tooManyAudit: (count: number, max: number) =>
				`条件に合う記録が${count}件あり、一度に書き出せる${max}件を超えています。期間などで絞り込んでください。`,
			assessmentNotFound: 'この自己検証は見つかりません。',
			noOpenGaps: '未対応の項目（一部実施・未実施）がないため、改善計画（POA&M）に載せるものがありません。',
			checklistNotFound: 'このチェックリストは見つかりません。'
		}
	},
	{
		sheet: {
			legend: 'Download as a spreadsheet',
			format: 'Format',
			xlsx: 'Excel (.xlsx)',
			csv: 'CSV (UTF-8 with BOM)',
			headers: 'Headers',
			ja: 'Japanese',
			en: 'English',
			download: 'Download',
			answersHint:
				'One row per item: answer, justification, owner, target date, evidence and review comments. A CSV holds the answers table only.',
			auditHint: (count: number) => `Downloads all ${count} entries matching the current filters (not just this page).`,
			formulaNote: "Text starting with =, +, -, @ and the like gets a leading apostrophe (') so that it is never run as a formula."
		},
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
			audit: 'Audit trail',
			auditLead: 'Filter the audit trail on its page, then download what it shows.',
			auditLink: 'Open the audit trail',
			oscalNote:
				"OSCAL means NIST's OSCAL 1.1.2 (validated against the official JSON schemas). Display texts are in the language you pick; mamori's own data sits in the namespace urn:mamori:oscal."
		},
		errors: {
			notMember: 'This organisation does not exist or you are not a member of it.',
			auditNotAllowed: 'The audit trail can be downloaded by organisation admins, executives and auditors.',
			tooManyAudit: (count: number, max: number) =>
				`${count} entries match, more than the ${max} one download can hold. Narrow the filters (for example the dates).`,
			assessmentNotFound: 'This self-check does not exist.',
			noOpenGaps: 'No item is partly or not implemented, so there is nothing to put in a plan of action and milestones (POA&M).',
			checklistNotFound: 'This checklist does not exist.'
		}
	}
);
